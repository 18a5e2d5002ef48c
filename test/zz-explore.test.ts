import { afterAll, beforeAll, it } from "vitest";
import { seedSampleData } from "../src/sample/seed.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { writeFileSync } from "node:fs";
let t: TestHub;
beforeAll(async () => { t = await startTestHub(); const s = Date.now(); await seedSampleData(t.hub.services); console.log("seed ms", Date.now() - s); }, 300_000);
afterAll(() => t?.stop());
it("explores", async () => {
  const ds = (t.hub.services.meetings as any).uow.dataSource;
  const items = await ds.query(`select m.title mt, i.kind, i.title, i.status, i.severity, i.categories, i.region_code, cardinality(i.overlap_ids) o, cardinality(i.case_ids) c, i.carried_from from agenda_item i join meeting m on m.id=i.meeting_id order by m.scheduled_at, position`);
  const r = await t.gql(`mutation { conveneMeeting(input: { title: "12月份联席会议", kind: REGULAR, scheduledAt: "2026-12-01T09:00:00+08:00", place: "县政府第一会议室" }) { id agenda { title severity categories weight { overlaps openCases oldestCaseWaitingDays } } backlog { rank title severity weight { overlaps openCases } } } }`);
  writeFileSync("/tmp/agenda/explore2.json", JSON.stringify({ items, r }, null, 1));
}, 300_000);
