import { useEffect, useState } from "react";
import { useMutation } from "urql";
import { App, Button, Card, List, Space, Tag, Typography } from "antd";
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { graphql } from "../../gql";
import { CATEGORY_NAMES, DECISION_NAMES } from "../../app/labels";
import { refusalText } from "../../components/graphql-error";
import { SeverityTag } from "../../components/severity-tag";
import type { RoomAgendaItem, RoomMeeting } from "./meeting-query";

const MoveItem = graphql(`
  mutation ConsoleMoveAgendaItem($meetingId: ID!, $itemId: ID!, $position: Int!) {
    moveAgendaItem(meetingId: $meetingId, itemId: $itemId, position: $position) { id version }
  }
`);

const STATUS_NAMES: Record<RoomAgendaItem["status"], string> = { OPEN: "待议", DECIDED: "已决定", DEFERRED: "转下次会议", SETTLED: "已随其他决定解决" };

interface Props {
  meeting: RoomMeeting;
  chair: boolean;
  onDecide: (item: RoomAgendaItem) => void;
  onChanged: () => void;
}

/**
 * The ranked agenda (议程). Before the meeting opens the chair drags items into another order
 * (or moves them with the keyboard: focus the handle, space, arrows, space); in session each open
 * item has "作出决定".
 */
export function Agenda({ meeting, chair, onDecide, onChanged }: Props) {
  const { message } = App.useApp();
  const [order, setOrder] = useState(meeting.agenda);
  useEffect(() => setOrder(meeting.agenda), [meeting.agenda]);
  const [, move] = useMutation(MoveItem);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const movable = chair && meeting.status === "SCHEDULED";
  const decisions = new Map(meeting.decisions.map((d) => [d.itemId, d]));

  // What a screen reader says while an item moves, in Chinese, by position (1 = first).
  const place = (id: string | number) => order.findIndex((item) => item.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `已拿起第 ${place(active.id)} 项议题。`,
    onDragOver: ({ over }) => (over ? `移到第 ${place(over.id)} 项的位置。` : "此处不能放置。"),
    onDragEnd: ({ over }) => (over ? `已放到第 ${place(over.id)} 项的位置。` : "已放下，顺序未变。"),
    onDragCancel: () => "已取消移动，顺序未变。",
  };

  const dropped = async ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const to = order.findIndex((item) => item.id === over.id);
    setOrder(arrayMove(order, order.findIndex((item) => item.id === active.id), to)); // at once; the hub's answer follows
    const result = await move({ meetingId: meeting.id, itemId: String(active.id), position: to });
    if (result.error) message.error(refusalText(result.error));
    onChanged();
  };

  const row = (item: RoomAgendaItem, index: number) => {
    const decision = decisions.get(item.id);
    return (
      <Space direction="vertical" size={2} style={{ width: "100%" }}>
        <Space wrap>
          <Typography.Text strong>
            {index + 1}. {item.title}
          </Typography.Text>
          <SeverityTag severity={item.severity} />
          <Tag>{STATUS_NAMES[item.status]}</Tag>
          {decision && <Tag color="green">决定：{DECISION_NAMES[decision.kind]}{decision.rules[0] ? `（${decision.rules[0].lead.shortName}牵头）` : ""}</Tag>}
        </Space>
        <Typography.Text type="secondary">
          职权交叉 {item.weight.overlaps} 项 · 待定管辖案件 {item.weight.openCases} 件
          {item.weight.oldestCaseWaitingDays != null && `（最久已等 ${item.weight.oldestCaseWaitingDays} 天）`}
          {item.categories.length > 0 && ` · ${item.categories.map((c) => CATEGORY_NAMES[c]).join("、")}`}
        </Typography.Text>
      </Space>
    );
  };

  return (
    <Card title={`议程（${order.length} 项）`} data-testid="agenda">
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={dropped}
        accessibility={{ announcements, screenReaderInstructions: { draggable: "按空格键拿起议题，用上下方向键移动，再按空格键放下；按 Esc 键取消。" } }}
      >
        <SortableContext items={order.map((item) => item.id)} strategy={verticalListSortingStrategy}>
          <List
            dataSource={order}
            pagination={order.length > 20 ? { pageSize: 20 } : false}
            renderItem={(item, index) => (
              <SortableRow key={item.id} id={item.id} movable={movable}>
                <List.Item
                  actions={
                    chair && meeting.status === "IN_SESSION" && item.status === "OPEN"
                      ? [<Button key="decide" type="primary" size="small" onClick={() => onDecide(item)}>作出决定</Button>]
                      : []
                  }
                >
                  {row(item, index)}
                </List.Item>
              </SortableRow>
            )}
          />
        </SortableContext>
      </DndContext>
    </Card>
  );
}

function SortableRow({ id, movable, children }: { id: string; movable: boolean; children: React.ReactNode }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id, disabled: !movable });
  return (
    <div ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition, display: "flex", alignItems: "center", gap: 8, background: isDragging ? "#e6f4ff" : undefined }}>
      {movable && (
        <Button type="text" size="small" aria-label="拖动以调整顺序" {...attributes} {...listeners} style={{ cursor: "grab" }}>
          ⠿
        </Button>
      )}
      <div style={{ flex: 1 }}>{children}</div>
    </div>
  );
}
