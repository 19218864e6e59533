import { fields, type PluginTx } from '@cunshe/plugin-sdk';
import { and, asc, count, eq, getTableColumns, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { boolean, date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { z } from 'zod';

/** The volunteers of the village community volunteer association (村落社区志愿者协会). */
export const volunteers = pgTable(
  'suburban_volunteers',
  {
    tenantId: uuid().notNull(),
    villageId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    name: text().notNull(),
    mobile: text(),
    skills: text(),
    isPartyMember: boolean().notNull(),
    joinedOn: date({ mode: 'string' }).notNull(),
    leftOn: date({ mode: 'string' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** A volunteer row. */
export type Volunteer = Omit<typeof volunteers.$inferSelect, 'tenantId'>;

/** What staff record of a volunteer. */
export const volunteerInput = z.object({
  name: fields.text({ maxLength: 40 }),
  mobile: fields.mobile().nullable().optional(),
  skills: fields.text({ maxLength: 100 }).nullable().optional(),
  isPartyMember: z.boolean(),
  joinedOn: fields.date({ max: 'today' }),
});

/** A change to a volunteer; `leftOn` when they leave (their hours stay). */
export const volunteerChange = volunteerInput
  .partial()
  .extend({ leftOn: fields.date({ max: 'today' }).nullable().optional() });

const { tenantId: _t, ...columns } = getTableColumns(volunteers);
type Scope = { tenantId: string; villageId: string };
const of = (scope: Scope, extra?: SQL) =>
  and(eq(volunteers.tenantId, scope.tenantId), eq(volunteers.villageId, scope.villageId), extra);

/** The village's volunteers in the order they joined; current ones unless `hasLeft`. */
export async function listVolunteers(
  tx: PluginTx,
  input: Scope & { hasLeft?: boolean | undefined; page: number; pageSize: number },
): Promise<{ items: Volunteer[]; total: number }> {
  const where = of(input, input.hasLeft ? isNotNull(volunteers.leftOn) : isNull(volunteers.leftOn));
  const items = await tx
    .select(columns)
    .from(volunteers)
    .where(where)
    .orderBy(asc(volunteers.joinedOn), asc(volunteers.createdAt))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [total] = await tx.select({ n: count() }).from(volunteers).where(where);
  return { items, total: total?.n ?? 0 };
}

/** Records a volunteer joining. */
export async function addVolunteer(
  tx: PluginTx,
  input: Scope & { volunteer: z.output<typeof volunteerInput> },
): Promise<Volunteer> {
  const [row] = await tx
    .insert(volunteers)
    .values({ tenantId: input.tenantId, villageId: input.villageId, ...input.volunteer })
    .returning(columns);
  if (!row) throw new Error('addVolunteer: no row');
  return row;
}

/** Changes a volunteer of the village; undefined when there is none. */
export async function changeVolunteer(
  tx: PluginTx,
  input: Scope & { id: string; change: z.output<typeof volunteerChange> },
): Promise<Volunteer | undefined> {
  const [row] = await tx
    .update(volunteers)
    .set(input.change)
    .where(of(input, eq(volunteers.id, input.id)))
    .returning(columns);
  return row;
}

/** The volunteers of the village among `ids`, by id. */
export async function volunteersByIds(
  tx: PluginTx,
  input: Scope & { ids: string[] },
): Promise<Map<string, Volunteer>> {
  if (input.ids.length === 0) return new Map();
  const rows = await tx
    .select(columns)
    .from(volunteers)
    .where(of(input, inArray(volunteers.id, input.ids)));
  return new Map(rows.map((row) => [row.id, row]));
}
