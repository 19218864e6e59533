import { fields, type PluginTx } from '@cunshe/plugin-sdk';
import { and, asc, count, desc, eq, getTableColumns, isNull, max, type SQL } from 'drizzle-orm';
import { date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { MANAGEMENT_MODES } from './catalogue';

/**
 * Floating party members of the village (流动党员): where they went, how they are managed (直管、协管、代管),
 * and their 《流动党员活动证》 number once issued.
 */
export const floatingMembers = pgTable(
  'market_town_floating_members',
  {
    tenantId: uuid().notNull(),
    villageId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    name: text().notNull(),
    mobile: text().notNull(),
    destination: text().notNull(),
    work: text(),
    management: text({ enum: MANAGEMENT_MODES }).notNull(),
    certificateNumber: text(),
    leftOn: date({ mode: 'string' }).notNull(),
    returnedOn: date({ mode: 'string' }),
    registeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** What a floating member checks in with, or does, while away: 异地报到 or 活动. */
export const floatingRecords = pgTable(
  'market_town_floating_records',
  {
    tenantId: uuid().notNull(),
    villageId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    memberId: uuid().notNull(),
    kind: text({ enum: ['check-in', 'activity'] }).notNull(),
    happenedOn: date({ mode: 'string' }).notNull(),
    place: text().notNull(),
    channel: text({ enum: ['in-person', 'phone', 'online', 'letter'] }),
    description: text().notNull(),
    recordedByName: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** A floating member row. */
export type FloatingMember = Omit<typeof floatingMembers.$inferSelect, 'tenantId'>;
/** A check-in or activity. */
export type FloatingRecord = Omit<typeof floatingRecords.$inferSelect, 'tenantId'>;

/** What the point records when a member registers as floating. */
export const floatingMemberInput = z.object({
  name: fields.text({ maxLength: 40 }),
  mobile: fields.mobile(),
  destination: fields.text({ maxLength: 60 }),
  work: fields.text({ maxLength: 60 }).nullable().optional(),
  management: z.enum(MANAGEMENT_MODES),
  certificateNumber: fields.text({ maxLength: 40 }).nullable().optional(),
  leftOn: fields.date({ max: 'today' }),
});

/** A change: a new place, the certificate issued, or `returnedOn` once home. */
export const floatingMemberChange = floatingMemberInput
  .partial()
  .extend({ returnedOn: fields.date({ max: 'today' }).nullable().optional() });

/** A check-in from elsewhere (with its channel) or an activity taken part in. */
export const floatingRecordInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('check-in'),
    happenedOn: fields.date({ max: 'today' }),
    place: fields.text({ maxLength: 60 }),
    channel: z.enum(['in-person', 'phone', 'online', 'letter']),
    description: fields.text({ maxLength: 200 }),
  }),
  z.object({
    kind: z.literal('activity'),
    happenedOn: fields.date({ max: 'today' }),
    place: fields.text({ maxLength: 60 }),
    description: fields.text({ maxLength: 200 }),
  }),
]);

const { tenantId: _m, ...memberColumns } = getTableColumns(floatingMembers);
const { tenantId: _r, ...recordColumns } = getTableColumns(floatingRecords);
type Scope = { tenantId: string; villageId: string };
const membersOf = (scope: Scope, extra?: SQL) =>
  and(eq(floatingMembers.tenantId, scope.tenantId), eq(floatingMembers.villageId, scope.villageId), extra);
const recordsOf = (scope: Scope, extra?: SQL) =>
  and(eq(floatingRecords.tenantId, scope.tenantId), eq(floatingRecords.villageId, scope.villageId), extra);

/** A floating member with their last check-in and whether it is overdue. */
export type FloatingMemberView = FloatingMember & { lastCheckInOn: string | null; isCheckInOverdue: boolean };

/**
 * The village's floating members still away (or every one when `isAway` is false), in the order they left,
 * each with the day of their last check-in and whether it is older than `intervalDays` before `today`.
 */
export async function listFloatingMembers(
  tx: PluginTx,
  input: Scope & { isAway: boolean; today: string; intervalDays: number; page: number; pageSize: number },
): Promise<{ items: FloatingMemberView[]; total: number; overdue: number }> {
  const where = membersOf(input, input.isAway ? isNull(floatingMembers.returnedOn) : undefined);
  const lastCheckIns = tx
    .select({ memberId: floatingRecords.memberId, on: max(floatingRecords.happenedOn).as('last_on') })
    .from(floatingRecords)
    .where(recordsOf(input, eq(floatingRecords.kind, 'check-in')))
    .groupBy(floatingRecords.memberId)
    .as('last_check_ins');
  const rows = await tx
    .select({ ...memberColumns, lastCheckInOn: lastCheckIns.on })
    .from(floatingMembers)
    .leftJoin(lastCheckIns, eq(lastCheckIns.memberId, floatingMembers.id))
    .where(where)
    .orderBy(asc(floatingMembers.leftOn), asc(floatingMembers.registeredAt));
  const limit = new Date(`${input.today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() - input.intervalDays);
  const due = limit.toISOString().slice(0, 10);
  const all = rows.map((row) => ({
    ...row,
    lastCheckInOn: row.lastCheckInOn ?? null,
    isCheckInOverdue: row.returnedOn === null && (row.lastCheckInOn ?? row.leftOn) < due,
  }));
  const start = (input.page - 1) * input.pageSize;
  return {
    items: all.slice(start, start + input.pageSize),
    total: all.length,
    overdue: all.filter((row) => row.isCheckInOverdue).length,
  };
}

/** One floating member of the village, or undefined. */
export async function findFloatingMember(
  tx: PluginTx,
  input: Scope & { id: string },
): Promise<FloatingMember | undefined> {
  const [row] = await tx
    .select(memberColumns)
    .from(floatingMembers)
    .where(membersOf(input, eq(floatingMembers.id, input.id)));
  return row;
}

/** Registers a floating member. */
export async function registerFloatingMember(
  tx: PluginTx,
  input: Scope & { member: z.output<typeof floatingMemberInput> },
): Promise<FloatingMember> {
  const [row] = await tx
    .insert(floatingMembers)
    .values({ tenantId: input.tenantId, villageId: input.villageId, ...input.member })
    .returning(memberColumns);
  if (!row) throw new Error('registerFloatingMember: no row');
  return row;
}

/** Changes a floating member of the village; undefined when there is none. */
export async function changeFloatingMember(
  tx: PluginTx,
  input: Scope & { id: string; change: z.output<typeof floatingMemberChange> },
): Promise<FloatingMember | undefined> {
  const [row] = await tx
    .update(floatingMembers)
    .set(input.change)
    .where(membersOf(input, eq(floatingMembers.id, input.id)))
    .returning(memberColumns);
  return row;
}

/** A member's check-ins and activities, newest first. */
export async function listFloatingRecords(
  tx: PluginTx,
  input: Scope & { memberId: string; page: number; pageSize: number },
): Promise<{ items: FloatingRecord[]; total: number }> {
  const where = recordsOf(input, eq(floatingRecords.memberId, input.memberId));
  const items = await tx
    .select(recordColumns)
    .from(floatingRecords)
    .where(where)
    .orderBy(desc(floatingRecords.happenedOn), desc(floatingRecords.createdAt))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [total] = await tx.select({ n: count() }).from(floatingRecords).where(where);
  return { items, total: total?.n ?? 0 };
}

/** Records a check-in or an activity of a member. */
export async function addFloatingRecord(
  tx: PluginTx,
  input: Scope & { memberId: string; record: z.output<typeof floatingRecordInput>; by: string },
): Promise<FloatingRecord> {
  const { record } = input;
  const [row] = await tx
    .insert(floatingRecords)
    .values({
      tenantId: input.tenantId,
      villageId: input.villageId,
      memberId: input.memberId,
      kind: record.kind,
      happenedOn: record.happenedOn,
      place: record.place,
      channel: record.kind === 'check-in' ? record.channel : null,
      description: record.description,
      recordedByName: input.by,
    })
    .returning(recordColumns);
  if (!row) throw new Error('addFloatingRecord: no row');
  return row;
}
