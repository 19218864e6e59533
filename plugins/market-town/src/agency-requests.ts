import { ConflictError, fields, InputError, type PluginTx } from '@cunshe/plugin-sdk';
import { and, count, desc, eq, getTableColumns, type SQL } from 'drizzle-orm';
import { date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { AGENCY_STAGES, type AgencyStage } from './catalogue';

/**
 * The trip of each agency request (代办) to the county town. Its `id` is the submission's id of the
 * `agency-request` form (the host's service request holds the villager and the matter); this row holds what
 * only 代办 has: which county office, what was carried, the result, and when the villager got it back.
 */
export const agencyRequests = pgTable(
  'market_town_agency_requests',
  {
    tenantId: uuid().notNull(),
    villageId: uuid().notNull(),
    id: uuid().notNull(),
    stage: text({ enum: AGENCY_STAGES }).notNull().default('received'),
    countyOffice: text(),
    carried: text(),
    sentOn: date({ mode: 'string' }),
    sentByName: text(),
    result: text(),
    resultOn: date({ mode: 'string' }),
    returnedOn: date({ mode: 'string' }),
    returnedByName: text(),
    returnNote: text(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** An agency request's trip. */
export type AgencyRequest = Omit<typeof agencyRequests.$inferSelect, 'tenantId'>;

const day = fields.date({ max: 'today' });

/** One step of the trip: sent to a county office, result back, or returned to the villager. */
export const stepInput = z.discriminatedUnion('to', [
  z.object({
    to: z.literal('sent'),
    countyOffice: fields.text({ maxLength: 60 }),
    carried: fields.text({ maxLength: 200 }),
    on: day,
  }),
  z.object({ to: z.literal('result-back'), result: fields.text({ maxLength: 500 }), on: day }),
  z.object({
    to: z.literal('returned'),
    note: fields.text({ maxLength: 200 }).nullable().optional(),
    on: day,
  }),
]);

/** The stage each step starts from. */
const FROM: Record<z.output<typeof stepInput>['to'], AgencyStage> = {
  sent: 'received',
  'result-back': 'sent',
  returned: 'result-back',
};

const { tenantId: _t, ...columns } = getTableColumns(agencyRequests);
type Scope = { tenantId: string; villageId: string };
const of = (scope: Scope, extra?: SQL) =>
  and(eq(agencyRequests.tenantId, scope.tenantId), eq(agencyRequests.villageId, scope.villageId), extra);

/** Starts tracking an agency request when its submission arrives (a second call changes nothing). */
export async function receiveAgencyRequest(
  tx: PluginTx,
  input: Scope & { submissionId: string },
): Promise<void> {
  await tx
    .insert(agencyRequests)
    .values({ tenantId: input.tenantId, villageId: input.villageId, id: input.submissionId })
    .onConflictDoNothing();
}

/** Cancels the trip of a request the station rejected, unless the villager already has the result. */
export async function cancelAgencyRequest(
  tx: PluginTx,
  input: Scope & { submissionId: string },
): Promise<void> {
  const [row] = await tx
    .select(columns)
    .from(agencyRequests)
    .where(of(input, eq(agencyRequests.id, input.submissionId)));
  if (!row || row.stage === 'returned') return;
  await tx
    .update(agencyRequests)
    .set({ stage: 'cancelled', updatedAt: new Date() })
    .where(of(input, eq(agencyRequests.id, input.submissionId)));
}

/** The village's agency requests, newest first, at one stage if given, with how many are at each stage. */
export async function listAgencyRequests(
  tx: PluginTx,
  input: Scope & { stage?: AgencyStage | undefined; page: number; pageSize: number },
): Promise<{ items: AgencyRequest[]; total: number; counts: Record<AgencyStage, number> }> {
  const where = of(input, input.stage ? eq(agencyRequests.stage, input.stage) : undefined);
  const items = await tx
    .select(columns)
    .from(agencyRequests)
    .where(where)
    .orderBy(desc(agencyRequests.receivedAt))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [total] = await tx.select({ n: count() }).from(agencyRequests).where(where);
  const byStage = await tx
    .select({ stage: agencyRequests.stage, n: count() })
    .from(agencyRequests)
    .where(of(input))
    .groupBy(agencyRequests.stage);
  const counts = Object.fromEntries(AGENCY_STAGES.map((stage) => [stage, 0])) as Record<AgencyStage, number>;
  for (const row of byStage) counts[row.stage] = row.n;
  return { items, total: total?.n ?? 0, counts };
}

/** One agency request of the village, or undefined. */
export async function findAgencyRequest(
  tx: PluginTx,
  input: Scope & { id: string },
): Promise<AgencyRequest | undefined> {
  const [row] = await tx
    .select(columns)
    .from(agencyRequests)
    .where(of(input, eq(agencyRequests.id, input.id)));
  return row;
}

/**
 * Takes the trip one step on: received -> sent -> result back -> returned, each with its day and who.
 * @throws ConflictError when the request is not at the stage the step starts from (a step twice, or skipped).
 * @throws InputError (path `on`) when the step's day is before the previous step's.
 */
export async function stepAgencyRequest(
  tx: PluginTx,
  input: Scope & { request: AgencyRequest; step: z.output<typeof stepInput>; by: string },
): Promise<AgencyRequest> {
  const { step, request } = input;
  if (request.stage !== FROM[step.to]) {
    throw new ConflictError(`The request is ${request.stage}; it must be ${FROM[step.to]} to be ${step.to}.`);
  }
  const previous =
    step.to === 'result-back' ? request.sentOn : step.to === 'returned' ? request.resultOn : null;
  if (previous && step.on < previous) {
    throw new InputError('A step cannot come before the one it follows.', [
      { path: 'on', message: `must not be before ${previous}` },
    ]);
  }
  const change =
    step.to === 'sent'
      ? { countyOffice: step.countyOffice, carried: step.carried, sentOn: step.on, sentByName: input.by }
      : step.to === 'result-back'
        ? { result: step.result, resultOn: step.on }
        : { returnedOn: step.on, returnNote: step.note ?? null, returnedByName: input.by };
  const [row] = await tx
    .update(agencyRequests)
    .set({ ...change, stage: step.to, updatedAt: new Date() })
    .where(of(input, and(eq(agencyRequests.id, request.id), eq(agencyRequests.stage, request.stage))))
    .returning(columns);
  if (!row) throw new ConflictError('The request changed meanwhile; reload it and try again.');
  return row;
}
