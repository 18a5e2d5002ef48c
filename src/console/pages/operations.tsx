import { useParams } from "react-router";
import OperationBoard from "./operations/operation-board";
import OperationList from "./operations/operation-list";

/** Joint operations (联合执法行动): the list at /console/operations, one live board at /console/operations/<id>. */
export default function Operations() {
  const id = useParams()["*"]?.split("/")[0];
  return id ? <OperationBoard id={id} /> : <OperationList />;
}
