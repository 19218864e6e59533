import { fields, type PluginTx } from '@cunshe/plugin-sdk';
import { and, asc, count, desc, eq, getTableColumns, type SQL } from 'drizzle-orm';
import { boolean, date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { EDUCATION_LEVELS } from './catalogue';

/**
 * The employment point's register of job seekers (求职登记): what matching needs to know of each. A seeker
 * registered through the `job-seeker-registration` form carries that service request's id.
 */
export const jobSeekers = pgTable(
  'industrial_job_seekers',
  {
    tenantId: uuid().notNull(),
    villageId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    name: text().notNull(),
    mobile: text(),
    gender: text({ enum: ['male', 'female'] }).notNull(),
    birthYear: integer().notNull(),
    education: text({ enum: EDUCATION_LEVELS }).notNull(),
    skills: text().array().notNull().default([]),
    desiredWork: text().notNull(),
    expectedMonthlyWageFen: integer(),
    canWorkShifts: boolean().notNull(),
    isSeeking: boolean().notNull().default(true),
    submissionId: uuid(),
    registeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** Job openings posted by the employment point's staff for nearby employers. */
export const jobOpenings = pgTable(
  'industrial_job_openings',
  {
    tenantId: uuid().notNull(),
    villageId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    employer: text().notNull(),
    title: text().notNull(),
    headcount: integer().notNull(),
    wageMinFen: integer().notNull(),
    wageMaxFen: integer().notNull(),
    minAge: integer(),
    maxAge: integer(),
    minEducation: text({ enum: EDUCATION_LEVELS }),
    skills: text().array().notNull().default([]),
    workplace: text().notNull(),
    needsShifts: boolean().notNull(),
    closesOn: date({ mode: 'string' }),
    isOpen: boolean().notNull().default(true),
    postedBy: uuid().notNull(),
    postedByName: text().notNull(),
    postedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** A job seeker row. */
export type JobSeeker = Omit<typeof jobSeekers.$inferSelect, 'tenantId'>;
/** A job opening row. */
export type JobOpening = Omit<typeof jobOpenings.$inferSelect, 'tenantId'>;

const skills = z
  .array(fields.text({ maxLength: 20 }))
  .max(10)
  .default([]);
const fen = (max: number) => z.number().int().min(0).max(max);

/** What staff register of a job seeker. */
export const seekerInput = z.object({
  name: fields.text({ maxLength: 40 }),
  mobile: fields.mobile().nullable().optional(),
  gender: z.enum(['male', 'female']),
  birthYear: fields.integer({ min: 1940, max: 2012 }),
  education: z.enum(EDUCATION_LEVELS),
  skills,
  desiredWork: fields.text({ maxLength: 60 }),
  expectedMonthlyWageFen: fen(10_000_000).nullable().optional(),
  canWorkShifts: z.boolean(),
  submissionId: z.guid().nullable().optional(),
});

/** A change to a job seeker; `isSeeking: false` once placed. */
export const seekerChange = seekerInput.partial().extend({ isSeeking: z.boolean().optional() });

const openingShape = z.object({
  employer: fields.text({ maxLength: 60 }),
  title: fields.text({ maxLength: 40 }),
  headcount: fields.integer({ min: 1, max: 1000 }),
  wageMinFen: fen(10_000_000),
  wageMaxFen: fen(10_000_000),
  minAge: fields.integer({ min: 16, max: 70 }).nullable().optional(),
  maxAge: fields.integer({ min: 16, max: 70 }).nullable().optional(),
  minEducation: z.enum(EDUCATION_LEVELS).nullable().optional(),
  skills,
  workplace: fields.text({ maxLength: 100 }),
  needsShifts: z.boolean(),
  closesOn: z.iso.date().nullable().optional(),
});

type Ranges = { wageMinFen?: number; wageMaxFen?: number; minAge?: number | null; maxAge?: number | null };
function checkRanges(value: Ranges, ctx: z.RefinementCtx) {
  if (
    value.wageMinFen !== undefined &&
    value.wageMaxFen !== undefined &&
    value.wageMaxFen < value.wageMinFen
  ) {
    ctx.addIssue({ code: 'custom', path: ['wageMaxFen'], message: 'must not be below wageMinFen' });
  }
  if (typeof value.minAge === 'number' && typeof value.maxAge === 'number' && value.maxAge < value.minAge) {
    ctx.addIssue({ code: 'custom', path: ['maxAge'], message: 'must not be below minAge' });
  }
}

/** What staff post of an opening; the top wage and age may not be below the bottom ones. */
export const openingInput = openingShape.superRefine(checkRanges);

/** A change to an opening; `isOpen: false` closes it. */
export const openingChange = openingShape
  .partial()
  .extend({ isOpen: z.boolean().optional() })
  .superRefine(checkRanges);

const { tenantId: _s, ...seekerColumns } = getTableColumns(jobSeekers);
const { tenantId: _o, ...openingColumns } = getTableColumns(jobOpenings);

type Scope = { tenantId: string; villageId: string };
type Page = { page: number; pageSize: number };

const seekersOf = (scope: Scope, extra?: SQL) =>
  and(eq(jobSeekers.tenantId, scope.tenantId), eq(jobSeekers.villageId, scope.villageId), extra);
const openingsOf = (scope: Scope, extra?: SQL) =>
  and(eq(jobOpenings.tenantId, scope.tenantId), eq(jobOpenings.villageId, scope.villageId), extra);

/** The village's job seekers, newest first; only those still seeking when `isSeeking`. */
export async function listSeekers(tx: PluginTx, input: Scope & Page & { isSeeking?: boolean | undefined }) {
  const where = seekersOf(
    input,
    input.isSeeking === undefined ? undefined : eq(jobSeekers.isSeeking, input.isSeeking),
  );
  const items = await tx
    .select(seekerColumns)
    .from(jobSeekers)
    .where(where)
    .orderBy(desc(jobSeekers.registeredAt))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [total] = await tx.select({ n: count() }).from(jobSeekers).where(where);
  return { items, total: total?.n ?? 0 };
}

/** One job seeker of the village, or undefined. */
export async function findSeeker(
  tx: PluginTx,
  input: Scope & { id: string },
): Promise<JobSeeker | undefined> {
  const [row] = await tx
    .select(seekerColumns)
    .from(jobSeekers)
    .where(seekersOf(input, eq(jobSeekers.id, input.id)));
  return row;
}

/** Registers a job seeker in the village. */
export async function registerSeeker(
  tx: PluginTx,
  input: Scope & { seeker: z.output<typeof seekerInput> },
): Promise<JobSeeker> {
  const [row] = await tx
    .insert(jobSeekers)
    .values({ tenantId: input.tenantId, villageId: input.villageId, ...input.seeker })
    .returning(seekerColumns);
  if (!row) throw new Error('registerSeeker: no row');
  return row;
}

/** Changes a job seeker of the village; undefined when there is none. */
export async function changeSeeker(
  tx: PluginTx,
  input: Scope & { id: string; change: z.output<typeof seekerChange> },
): Promise<JobSeeker | undefined> {
  const [row] = await tx
    .update(jobSeekers)
    .set(input.change)
    .where(seekersOf(input, eq(jobSeekers.id, input.id)))
    .returning(seekerColumns);
  return row;
}

/** Removes a job seeker from the register (they asked to be taken off); undefined when there was none. */
export async function removeSeeker(
  tx: PluginTx,
  input: Scope & { id: string },
): Promise<JobSeeker | undefined> {
  const [row] = await tx
    .delete(jobSeekers)
    .where(seekersOf(input, eq(jobSeekers.id, input.id)))
    .returning(seekerColumns);
  return row;
}

/** The village's openings, newest first; only open ones when `isOpen`. */
export async function listOpenings(tx: PluginTx, input: Scope & Page & { isOpen?: boolean | undefined }) {
  const where = openingsOf(
    input,
    input.isOpen === undefined ? undefined : eq(jobOpenings.isOpen, input.isOpen),
  );
  const items = await tx
    .select(openingColumns)
    .from(jobOpenings)
    .where(where)
    .orderBy(desc(jobOpenings.postedAt))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [total] = await tx.select({ n: count() }).from(jobOpenings).where(where);
  return { items, total: total?.n ?? 0 };
}

/** One opening of the village, or undefined. */
export async function findOpening(
  tx: PluginTx,
  input: Scope & { id: string },
): Promise<JobOpening | undefined> {
  const [row] = await tx
    .select(openingColumns)
    .from(jobOpenings)
    .where(openingsOf(input, eq(jobOpenings.id, input.id)));
  return row;
}

/** Posts an opening in the village. */
export async function postOpening(
  tx: PluginTx,
  input: Scope & { opening: z.output<typeof openingInput>; postedBy: { id: string; displayName: string } },
): Promise<JobOpening> {
  const [row] = await tx
    .insert(jobOpenings)
    .values({
      tenantId: input.tenantId,
      villageId: input.villageId,
      ...input.opening,
      postedBy: input.postedBy.id,
      postedByName: input.postedBy.displayName,
    })
    .returning(openingColumns);
  if (!row) throw new Error('postOpening: no row');
  return row;
}

/** Changes an opening of the village; undefined when there is none. */
export async function changeOpening(
  tx: PluginTx,
  input: Scope & { id: string; change: z.output<typeof openingChange> },
): Promise<JobOpening | undefined> {
  const [row] = await tx
    .update(jobOpenings)
    .set(input.change)
    .where(openingsOf(input, eq(jobOpenings.id, input.id)))
    .returning(openingColumns);
  return row;
}

/** Every seeker still seeking in the village (matching runs over them; a village has hundreds at most). */
export function seekingSeekers(tx: PluginTx, scope: Scope): Promise<JobSeeker[]> {
  return tx
    .select(seekerColumns)
    .from(jobSeekers)
    .where(seekersOf(scope, eq(jobSeekers.isSeeking, true)))
    .orderBy(asc(jobSeekers.registeredAt));
}

/** Every open opening of the village. */
export function openOpenings(tx: PluginTx, scope: Scope): Promise<JobOpening[]> {
  return tx
    .select(openingColumns)
    .from(jobOpenings)
    .where(openingsOf(scope, eq(jobOpenings.isOpen, true)))
    .orderBy(desc(jobOpenings.postedAt));
}
