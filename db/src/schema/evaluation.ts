import {
  bigint,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenants } from './tenants';
import { villages } from './villages';

/**
 * The five-goods evaluation (五个好): a county's periods, each period's rubric (five criteria with weighted
 * sub-items, frozen once the period opens), and each village's assessment through self-assessment, township
 * review and county approval. Weights are integer basis points and scores exact `numeric`, so no total drifts.
 */

/** A period is drafted (rubric editable), open (villages score) or closed. */
export const evaluationPeriodStatus = pgEnum('evaluation_period_status', ['draft', 'open', 'closed']);

/** The five criteria: 领导班子好, 党员干部队伍好, 工作机制好, 工作业绩好, 群众反映好. */
export const evaluationCriterion = pgEnum('evaluation_criterion', [
  'leadership',
  'cadres',
  'mechanism',
  'performance',
  'feedback',
]);

/** Values of {@link evaluationCriterion}, in the order the rubric lists them. */
export const evaluationCriteria = evaluationCriterion.enumValues;
/** One of the five criteria. */
export type EvaluationCriterion = (typeof evaluationCriteria)[number];

/** Where a village's assessment stands: the village drafts and submits, the township reviews, the county decides. */
export const assessmentStatus = pgEnum('evaluation_assessment_status', [
  'draft',
  'submitted',
  'reviewed',
  'approved',
  'returned',
]);

/** One status of an assessment. */
export type AssessmentStatus = (typeof assessmentStatus.enumValues)[number];

/** Evaluation periods of a county (e.g. 2026年度). */
export const evaluationPeriods = pgTable(
  'evaluation_periods',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    name: text().notNull(),
    status: evaluationPeriodStatus().notNull().default('draft'),
    openedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.name),
    index().on(t.tenantId, t.createdAt),
  ],
);

/** A period's weight of each criterion, in basis points (the five sum to 10000). */
export const evaluationCriterionWeights = pgTable(
  'evaluation_criterion_weights',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    periodId: uuid().notNull(),
    criterion: evaluationCriterion().notNull(),
    weightBp: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.periodId, t.criterion] }),
    foreignKey({
      columns: [t.tenantId, t.periodId],
      foreignColumns: [evaluationPeriods.tenantId, evaluationPeriods.id],
    }).onDelete('cascade'),
  ],
);

/** Sub-items of a criterion; their weights in basis points sum to 10000 within the criterion. */
export const evaluationItems = pgTable(
  'evaluation_items',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    periodId: uuid().notNull(),
    criterion: evaluationCriterion().notNull(),
    position: integer().notNull(),
    title: text().notNull(),
    weightBp: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.periodId, t.criterion, t.position),
    foreignKey({
      columns: [t.tenantId, t.periodId],
      foreignColumns: [evaluationPeriods.tenantId, evaluationPeriods.id],
    }).onDelete('cascade'),
  ],
);

/** A village's assessment in a period; `totalScore` (0–100) is exact and set whenever scores change. */
export const evaluationAssessments = pgTable(
  'evaluation_assessments',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    periodId: uuid().notNull(),
    villageId: uuid().notNull(),
    status: assessmentStatus().notNull().default('draft'),
    selfComment: text(),
    reviewComment: text(),
    returnReason: text(),
    totalScore: numeric({ precision: 20, scale: 10 }),
    submittedAt: timestamp({ withTimezone: true }),
    reviewedAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }),
    /** Optimistic concurrency: 1 when created, one more at every save and step; a stale save is refused. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.periodId, t.villageId),
    foreignKey({
      columns: [t.tenantId, t.periodId],
      foreignColumns: [evaluationPeriods.tenantId, evaluationPeriods.id],
    }),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    index().on(t.tenantId, t.villageId),
  ],
);

/** A village's score (0–100, two decimals) on one sub-item, with its evidence links and comment. */
export const evaluationScores = pgTable(
  'evaluation_scores',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    assessmentId: uuid().notNull(),
    itemId: uuid().notNull(),
    score: numeric({ precision: 5, scale: 2 }).notNull(),
    evidence: jsonb().$type<string[]>().notNull().default([]),
    comment: text(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.assessmentId, t.itemId] }),
    foreignKey({
      columns: [t.tenantId, t.assessmentId],
      foreignColumns: [evaluationAssessments.tenantId, evaluationAssessments.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.itemId],
      foreignColumns: [evaluationItems.tenantId, evaluationItems.id],
    }),
  ],
);

export type EvaluationPeriod = typeof evaluationPeriods.$inferSelect;
export type EvaluationItem = typeof evaluationItems.$inferSelect;
export type EvaluationAssessment = typeof evaluationAssessments.$inferSelect;

/**
 * Special allocations of money to villages (e.g. from retained party dues, 留存党费), in integer fen so
 * totals are exact; the approver is named as the approval document names them.
 */
export const fundingAllocations = pgTable(
  'funding_allocations',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    villageId: uuid().notNull(),
    amountFen: bigint({ mode: 'number' }).notNull(),
    purpose: text().notNull(),
    source: text(),
    allocatedOn: date().notNull(),
    approver: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    index().on(t.tenantId, t.villageId, t.allocatedOn),
  ],
);

/** Equipment sent to villages (e.g. e-learning sets, 电教设备), with quantity and date. */
export const equipmentAllocations = pgTable(
  'equipment_allocations',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    villageId: uuid().notNull(),
    item: text().notNull(),
    quantity: integer().notNull(),
    sentOn: date().notNull(),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    index().on(t.tenantId, t.villageId, t.sentOn),
  ],
);

export type FundingAllocation = typeof fundingAllocations.$inferSelect;
export type EquipmentAllocation = typeof equipmentAllocations.$inferSelect;
