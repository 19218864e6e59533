import { fields, type PluginTx } from '@cunshe/plugin-sdk';
import { and, asc, count, eq } from 'drizzle-orm';
import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { STATION_KEYS } from './catalogue';

/** Who works at each station or room of a village (站长、坐班干部、医生、辅警、管理员). */
export const stationStaff = pgTable(
  'stations_staff',
  {
    tenantId: uuid().notNull(),
    villageId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    stationKey: text({ enum: STATION_KEYS }).notNull(),
    name: text().notNull(),
    post: text().notNull(),
    mobile: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** A staff row as the API answers it. */
export type StationStaffMember = Pick<
  typeof stationStaff.$inferSelect,
  'id' | 'stationKey' | 'name' | 'post' | 'mobile'
>;

/** What staff give to add someone to a station. */
export const staffInput = z.object({
  stationKey: z.enum(STATION_KEYS),
  name: fields.text({ maxLength: 40 }),
  post: fields.text({ maxLength: 40 }),
  mobile: fields.mobile().nullable().optional(),
});

/** A change to a staff row: any of its fields. */
export const staffChange = staffInput.partial();

const columns = {
  id: stationStaff.id,
  stationKey: stationStaff.stationKey,
  name: stationStaff.name,
  post: stationStaff.post,
  mobile: stationStaff.mobile,
};

/** A village's staff, by station then name; one station's when `stationKey` is given. */
export async function listStaff(
  tx: PluginTx,
  input: {
    tenantId: string;
    villageId: string;
    stationKey?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<{ items: StationStaffMember[]; total: number }> {
  const where = and(
    eq(stationStaff.tenantId, input.tenantId),
    eq(stationStaff.villageId, input.villageId),
    input.stationKey
      ? eq(stationStaff.stationKey, input.stationKey as (typeof STATION_KEYS)[number])
      : undefined,
  );
  const items = await tx
    .select(columns)
    .from(stationStaff)
    .where(where)
    .orderBy(asc(stationStaff.stationKey), asc(stationStaff.name))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [total] = await tx.select({ n: count() }).from(stationStaff).where(where);
  return { items, total: total?.n ?? 0 };
}

/** Every staff member of a village (for the stations overview). */
export function allStaff(tx: PluginTx, input: { tenantId: string; villageId: string }) {
  return tx
    .select(columns)
    .from(stationStaff)
    .where(and(eq(stationStaff.tenantId, input.tenantId), eq(stationStaff.villageId, input.villageId)))
    .orderBy(asc(stationStaff.name));
}

/** Adds a staff member to a station of the village. */
export async function addStaff(
  tx: PluginTx,
  input: { tenantId: string; villageId: string; staff: z.output<typeof staffInput> },
): Promise<StationStaffMember> {
  const [row] = await tx
    .insert(stationStaff)
    .values({ tenantId: input.tenantId, villageId: input.villageId, ...input.staff })
    .returning(columns);
  if (!row) throw new Error('addStaff: no row');
  return row;
}

/** Changes a staff member of the village; undefined when there is no such row in the village. */
export async function changeStaff(
  tx: PluginTx,
  input: { tenantId: string; villageId: string; id: string; change: z.output<typeof staffChange> },
): Promise<{ before: StationStaffMember; after: StationStaffMember } | undefined> {
  const where = and(
    eq(stationStaff.tenantId, input.tenantId),
    eq(stationStaff.villageId, input.villageId),
    eq(stationStaff.id, input.id),
  );
  const [before] = await tx.select(columns).from(stationStaff).where(where).for('update');
  if (!before) return undefined;
  const [after] = await tx
    .update(stationStaff)
    .set({ ...input.change, updatedAt: new Date() })
    .where(where)
    .returning(columns);
  return after ? { before, after } : undefined;
}

/** Removes a staff member of the village; the removed row, or undefined when there was none. */
export async function removeStaff(
  tx: PluginTx,
  input: { tenantId: string; villageId: string; id: string },
): Promise<StationStaffMember | undefined> {
  const [row] = await tx
    .delete(stationStaff)
    .where(
      and(
        eq(stationStaff.tenantId, input.tenantId),
        eq(stationStaff.villageId, input.villageId),
        eq(stationStaff.id, input.id),
      ),
    )
    .returning(columns);
  return row;
}
