import { fields, type PluginTx } from '@cunshe/plugin-sdk';
import { and, count, desc, eq, gte, lte, sum } from 'drizzle-orm';
import { date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { ROOM_KEYS, type RoomKey } from './catalogue';

/** The activity log of the two rooms (宣教活动室、文化活动室): date, topic, attendance. */
export const roomActivities = pgTable(
  'stations_room_activities',
  {
    tenantId: uuid().notNull(),
    villageId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    roomKey: text({ enum: ROOM_KEYS }).notNull(),
    heldOn: date({ mode: 'string' }).notNull(),
    topic: text().notNull(),
    attendance: integer().notNull(),
    note: text(),
    recordedBy: uuid().notNull(),
    recordedByName: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** An activity as the API answers it. */
export type RoomActivity = Pick<
  typeof roomActivities.$inferSelect,
  'id' | 'roomKey' | 'heldOn' | 'topic' | 'attendance' | 'note' | 'recordedByName' | 'createdAt'
>;

/** What staff record about an activity held in a room. */
export const activityInput = z.object({
  roomKey: z.enum(ROOM_KEYS),
  heldOn: fields.date({ max: 'today' }),
  topic: fields.text({ maxLength: 100 }),
  attendance: fields.integer({ min: 0, max: 10_000 }),
  note: fields.longText({ maxLength: 1000 }).nullable().optional(),
});

/** Filters of the activity log: a room and a date range, as query parameters. */
export const activityFilter = z.object({
  room: z.enum(ROOM_KEYS).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

const columns = {
  id: roomActivities.id,
  roomKey: roomActivities.roomKey,
  heldOn: roomActivities.heldOn,
  topic: roomActivities.topic,
  attendance: roomActivities.attendance,
  note: roomActivities.note,
  recordedByName: roomActivities.recordedByName,
  createdAt: roomActivities.createdAt,
};

/** A village's room activities, newest first, with how many sessions and attendances the filter covers. */
export async function listRoomActivities(
  tx: PluginTx,
  input: {
    tenantId: string;
    villageId: string;
    room?: RoomKey | undefined;
    from?: string | undefined;
    to?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<{ items: RoomActivity[]; total: number; attendance: number }> {
  const where = and(
    eq(roomActivities.tenantId, input.tenantId),
    eq(roomActivities.villageId, input.villageId),
    input.room ? eq(roomActivities.roomKey, input.room) : undefined,
    input.from ? gte(roomActivities.heldOn, input.from) : undefined,
    input.to ? lte(roomActivities.heldOn, input.to) : undefined,
  );
  const items = await tx
    .select(columns)
    .from(roomActivities)
    .where(where)
    .orderBy(desc(roomActivities.heldOn), desc(roomActivities.createdAt))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [totals] = await tx
    .select({ n: count(), attendance: sum(roomActivities.attendance).mapWith(Number) })
    .from(roomActivities)
    .where(where);
  return { items, total: totals?.n ?? 0, attendance: totals?.attendance ?? 0 };
}

/** Records an activity held in a room of the village. */
export async function recordRoomActivity(
  tx: PluginTx,
  input: {
    tenantId: string;
    villageId: string;
    activity: z.output<typeof activityInput>;
    recordedBy: { id: string; displayName: string };
  },
): Promise<RoomActivity> {
  const [row] = await tx
    .insert(roomActivities)
    .values({
      tenantId: input.tenantId,
      villageId: input.villageId,
      ...input.activity,
      recordedBy: input.recordedBy.id,
      recordedByName: input.recordedBy.displayName,
    })
    .returning(columns);
  if (!row) throw new Error('recordRoomActivity: no row');
  return row;
}

/** Removes an activity recorded by mistake; the removed row, or undefined when there was none. */
export async function removeRoomActivity(
  tx: PluginTx,
  input: { tenantId: string; villageId: string; id: string },
): Promise<RoomActivity | undefined> {
  const [row] = await tx
    .delete(roomActivities)
    .where(
      and(
        eq(roomActivities.tenantId, input.tenantId),
        eq(roomActivities.villageId, input.villageId),
        eq(roomActivities.id, input.id),
      ),
    )
    .returning(columns);
  return row;
}
