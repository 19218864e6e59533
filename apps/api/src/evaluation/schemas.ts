import { assessmentStatus, evaluationCriteria } from '@cunshe/db/schema';
import { z } from '@hono/zod-openapi';
import { SCORE_PATTERN } from './score-math';

const criterion = z.enum(evaluationCriteria).openapi({ example: 'leadership' });
const weightBp = z.number().int().min(0).max(10_000).openapi({ description: 'basis points', example: 2000 });
const score = z.string().regex(SCORE_PATTERN, 'a score is 0–100 with at most two decimals').openapi({
  example: '87.50',
});
const status = z.enum([...assessmentStatus.enumValues, 'not-started']);

/** An evaluation period. */
export const periodSchema = z
  .object({
    id: z.guid(),
    name: z.string().openapi({ example: '2026年度' }),
    status: z.enum(['draft', 'open', 'closed']),
    openedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('EvaluationPeriod');

/** `POST /api/evaluation/periods` body. */
export const createPeriodBody = z
  .object({ name: z.string().trim().min(1).max(60) })
  .openapi('NewEvaluationPeriod');

/** A rubric as stored: criteria with weights and items with ids. */
export const rubricSchema = z
  .array(
    z.object({
      criterion,
      weightBp,
      items: z.array(z.object({ id: z.guid(), title: z.string(), weightBp })),
    }),
  )
  .openapi('EvaluationRubric');

/** `PUT /api/evaluation/periods/{periodId}/rubric` body. */
export const rubricBody = z
  .object({
    criteria: z
      .array(
        z.object({
          criterion,
          weightBp,
          items: z
            .array(z.object({ title: z.string().trim().min(1).max(100), weightBp }))
            .min(1)
            .max(20),
        }),
      )
      .length(5),
  })
  .openapi('EvaluationRubricChange');

/** A period with its rubric. */
export const periodDetail = periodSchema.extend({ rubric: rubricSchema }).openapi('EvaluationPeriodDetail');

/** Path parameters naming a period. */
export const periodParams = z.object({
  periodId: z.guid().openapi({ param: { name: 'periodId', in: 'path' } }),
});

/** Path parameters naming a village in a period. */
export const assessmentParams = periodParams.extend({
  villageId: z.guid().openapi({ param: { name: 'villageId', in: 'path' } }),
});

/** Path parameters naming a village. */
export const villageParams = z.object({
  villageId: z.guid().openapi({ param: { name: 'villageId', in: 'path' } }),
});

/** A village's assessment with the rubric, its scores, evidence and comments. */
export const assessmentSchema = z
  .object({
    periodId: z.guid(),
    village: z.object({ id: z.guid(), name: z.string(), code: z.string(), townshipName: z.string() }),
    status,
    totalScore: z.string().nullable().openapi({ example: '86.25' }),
    version: z.number().int().openapi({ description: 'Send it back with a save; 0 before the first save' }),
    selfComment: z.string().nullable(),
    reviewComment: z.string().nullable(),
    returnReason: z.string().nullable(),
    criteria: z.array(
      z.object({
        criterion,
        weightBp,
        items: z.array(
          z.object({
            id: z.guid(),
            title: z.string(),
            weightBp,
            score: z.string().nullable(),
            evidence: z.array(z.string()),
            comment: z.string().nullable(),
          }),
        ),
      }),
    ),
    history: z.array(
      z.object({
        action: z.enum(['scored', 'submitted', 'reviewed', 'approved', 'returned']),
        actorName: z.string().nullable(),
        at: z.string(),
        comment: z.string().nullable(),
      }),
    ),
  })
  .openapi('EvaluationAssessment');

/** `PUT .../villages/{villageId}` body: the self-assessment. */
export const selfAssessmentBody = z
  .object({
    version: z.number().int().min(0).openapi({
      description: 'The version the scorer loaded (0 before the first save); a stale one gets 409',
    }),
    selfComment: z.string().max(2000).nullable().optional(),
    scores: z
      .array(
        z.object({
          itemId: z.guid(),
          score,
          evidence: z.array(z.string().trim().min(1).max(500)).max(20).optional(),
          comment: z.string().max(1000).nullable().optional(),
        }),
      )
      .max(200),
  })
  .openapi('EvaluationSelfAssessment');

/** Body of a review, approval or return: a comment (a return's reason). */
export const stepBody = z
  .object({ comment: z.string().max(1000).nullable().optional() })
  .openapi('EvaluationStep');

/** The status an assessment reached. */
export const stepResult = z.object({ status }).openapi('EvaluationStepResult');

/** The villages of a scope with their assessment's status in a period. */
export const assessmentList = z
  .object({
    items: z.array(
      z.object({
        villageId: z.guid(),
        villageName: z.string(),
        townshipName: z.string(),
        status,
        totalScore: z.string().nullable(),
      }),
    ),
  })
  .openapi('EvaluationAssessmentList');

/** A ranking row. */
export const rankingRow = z.object({
  villageId: z.guid(),
  villageName: z.string(),
  townshipId: z.guid(),
  townshipName: z.string(),
  totalScore: z.string(),
  countyRank: z.number().int(),
  townshipRank: z.number().int(),
});

/** A period's ranking. */
export const rankingSchema = z.object({ items: z.array(rankingRow) }).openapi('EvaluationRanking');

/** A village's history. */
export const historySchema = z
  .object({
    items: z.array(
      z.object({
        periodId: z.guid(),
        periodName: z.string(),
        periodStatus: z.enum(['draft', 'open', 'closed']),
        status: z.string(),
        totalScore: z.string().nullable(),
      }),
    ),
  })
  .openapi('EvaluationHistory');

/** A period's results over the villages of a scope, for the printable report. */
export const periodReportSchema = z
  .object({
    period: periodSchema,
    rubric: rubricSchema,
    villages: z.array(
      z.object({
        villageId: z.guid(),
        villageName: z.string(),
        villageCode: z.string(),
        townshipId: z.guid(),
        townshipName: z.string(),
        status: z.enum(assessmentStatus.enumValues),
        totalScore: z.string().nullable(),
        countyRank: z.number().int().nullable(),
        townshipRank: z.number().int().nullable(),
        criteria: z.array(
          z.object({ criterion, score: z.string().nullable().openapi({ example: '85.25' }) }),
        ),
      }),
    ),
  })
  .openapi('EvaluationPeriodReport');
