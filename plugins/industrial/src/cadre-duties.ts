import { fields, type PluginTx } from '@cunshe/plugin-sdk';
import { and, asc, count, eq, getTableColumns, type SQL } from 'drizzle-orm';
import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { z } from 'zod';

/**
 * The branch's 一岗双责 record: each cadre's post with its party-building duty (党建职责) and its service duty
 * (服务职责), so that the branch both builds a "five goods" branch and gives the village community's services.
 */
export const cadreDuties = pgTable(
  'industrial_cadre_duties',
  {
    tenantId: uuid().notNull(),
    villageId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    cadreName: text().notNull(),
    post: text().notNull(),
    partyBuildingDuty: text().notNull(),
    serviceDuty: text().notNull(),
    servicePointKey: text(),
    sortOrder: integer().notNull().default(0),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** A cadre's post with its two duties. */
export type CadreDuty = Omit<typeof cadreDuties.$inferSelect, 'tenantId'>;

/** What the village records of a cadre's post; `servicePointKey` names the service point they sit at, if any. */
export const cadreDutyInput = z.object({
  cadreName: fields.text({ maxLength: 20 }),
  post: fields.text({ maxLength: 40 }),
  partyBuildingDuty: fields.longText({ maxLength: 500 }),
  serviceDuty: fields.longText({ maxLength: 500 }),
  servicePointKey: z
    .enum(['social-insurance-point', 'medical-insurance-point', 'employment-point'])
    .nullable()
    .optional(),
  sortOrder: fields.integer({ min: 0, max: 999 }).optional(),
});

/** A change to a cadre's record. */
export const cadreDutyChange = cadreDutyInput.partial();

const { tenantId: _t, ...columns } = getTableColumns(cadreDuties);
type Scope = { tenantId: string; villageId: string };
const of = (scope: Scope, extra?: SQL) =>
  and(eq(cadreDuties.tenantId, scope.tenantId), eq(cadreDuties.villageId, scope.villageId), extra);

/** The village's 一岗双责 record, in the branch's order. */
export async function listCadreDuties(
  tx: PluginTx,
  scope: Scope,
): Promise<{ items: CadreDuty[]; total: number }> {
  const items = await tx
    .select(columns)
    .from(cadreDuties)
    .where(of(scope))
    .orderBy(asc(cadreDuties.sortOrder), asc(cadreDuties.cadreName));
  const [total] = await tx.select({ n: count() }).from(cadreDuties).where(of(scope));
  return { items, total: total?.n ?? 0 };
}

/** Records a cadre's post and duties. */
export async function addCadreDuty(
  tx: PluginTx,
  input: Scope & { duty: z.output<typeof cadreDutyInput> },
): Promise<CadreDuty> {
  const [row] = await tx
    .insert(cadreDuties)
    .values({ tenantId: input.tenantId, villageId: input.villageId, ...input.duty })
    .returning(columns);
  if (!row) throw new Error('addCadreDuty: no row');
  return row;
}

/** Changes a cadre's record; before and after, or undefined when there is none in the village. */
export async function changeCadreDuty(
  tx: PluginTx,
  input: Scope & { id: string; change: z.output<typeof cadreDutyChange> },
): Promise<{ before: CadreDuty; after: CadreDuty } | undefined> {
  const [before] = await tx
    .select(columns)
    .from(cadreDuties)
    .where(of(input, eq(cadreDuties.id, input.id)))
    .for('update');
  if (!before) return undefined;
  const [after] = await tx
    .update(cadreDuties)
    .set({ ...input.change, updatedAt: new Date() })
    .where(of(input, eq(cadreDuties.id, input.id)))
    .returning(columns);
  return after ? { before, after } : undefined;
}

/** Removes a cadre's record (they left the post); the removed row, or undefined. */
export async function removeCadreDuty(
  tx: PluginTx,
  input: Scope & { id: string },
): Promise<CadreDuty | undefined> {
  const [row] = await tx
    .delete(cadreDuties)
    .where(of(input, eq(cadreDuties.id, input.id)))
    .returning(columns);
  return row;
}
