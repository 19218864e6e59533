import { type AuthUser, type Permission, villageScopeOf } from '@cunshe/auth';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { currentUser } from '../auth/current-user';
import { requirePermission } from '../auth/require-permission';
import { problemResponses } from '../auth/schemas';
import type { AppEnv, Services } from '../context';
import { createRouter } from '../openapi';
import { createPeriod } from './create-period';
import { villageInReach } from './evaluation-scope';
import { resultsXlsx } from './exports/results-xlsx';
import { fundingRoutes } from './funding/routes';
import { getAssessment } from './get-assessment';
import { getRanking } from './get-ranking';
import { listAssessments } from './list-assessments';
import { listPeriods } from './list-periods';
import { periodReport } from './period-report';
import { loadPeriod, loadRubric, periodView } from './rubric';
import { saveSelfAssessment } from './save-self-assessment';
import {
  assessmentList,
  assessmentParams,
  assessmentSchema,
  createPeriodBody,
  historySchema,
  periodDetail,
  periodParams,
  periodReportSchema,
  periodSchema,
  rankingSchema,
  rubricBody,
  rubricSchema,
  selfAssessmentBody,
  stepBody,
  stepResult,
  villageParams,
} from './schemas';
import { setRubric } from './set-rubric';
import { type AssessmentStep, transitionAssessment } from './transition-assessment';
import { transitionPeriod } from './transition-period';
import { villageHistory } from './village-history';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const errors = {
  400: { description: 'Invalid input (problem+json naming the field)' },
  ...problemResponses,
  404: { description: 'No such period or village in your scope' },
  409: { description: 'The step does not follow from where the period or assessment stands' },
} as const;
const read = requirePermission('evaluation:read');
const manage = requirePermission('evaluation:manage');
const tags = ['evaluation'];

function tenantOf(user: AuthUser): string {
  villageScopeOf(user);
  return user.tenantId as string;
}

function audit(c: Context<AppEnv>) {
  return { actor: currentUser(c), requestId: c.get('requestId') };
}

const listPeriodsRoute = createRoute({
  method: 'get',
  path: '/api/evaluation/periods',
  tags,
  summary: "The county's five-goods evaluation periods, newest first",
  middleware: [read] as const,
  responses: { 200: json(periodSchema.array(), 'The periods'), ...errors },
});

const createPeriodRoute = createRoute({
  method: 'post',
  path: '/api/evaluation/periods',
  tags,
  summary: 'Draft a period with the default rubric (audited)',
  middleware: [manage] as const,
  request: { body: body(createPeriodBody) },
  responses: { 201: json(periodDetail, 'The drafted period'), ...errors },
});

const getPeriodRoute = createRoute({
  method: 'get',
  path: '/api/evaluation/periods/{periodId}',
  tags,
  summary: 'A period with its rubric',
  middleware: [read] as const,
  request: { params: periodParams },
  responses: { 200: json(periodDetail, 'The period'), ...errors },
});

const rubricRoute = createRoute({
  method: 'put',
  path: '/api/evaluation/periods/{periodId}/rubric',
  tags,
  summary: "Replace a drafted period's rubric; 409 once the period has opened (audited)",
  middleware: [manage] as const,
  request: { params: periodParams, body: body(rubricBody) },
  responses: { 200: json(rubricSchema, 'The rubric'), ...errors },
});

const periodStepRoute = (step: 'open' | 'close') =>
  createRoute({
    method: 'post',
    path: `/api/evaluation/periods/{periodId}/${step}`,
    tags,
    summary: step === 'open' ? 'Open a drafted period, freezing its rubric' : 'Close an open period',
    middleware: [manage] as const,
    request: { params: periodParams },
    responses: { 200: json(periodSchema, 'The period'), ...errors },
  });

const assessmentsRoute = createRoute({
  method: 'get',
  path: '/api/evaluation/periods/{periodId}/assessments',
  tags,
  summary: "The villages of your scope with their assessment's status and total",
  middleware: [read] as const,
  request: { params: periodParams },
  responses: { 200: json(assessmentList, 'The villages'), ...errors },
});

const rankingRoute = createRoute({
  method: 'get',
  path: '/api/evaluation/periods/{periodId}/ranking',
  tags,
  summary: 'Approved villages ranked within the county and their township',
  middleware: [read] as const,
  request: { params: periodParams },
  responses: { 200: json(rankingSchema, 'The ranking'), ...errors },
});

const reportRoute = createRoute({
  method: 'get',
  path: '/api/evaluation/periods/{periodId}/report',
  tags,
  summary: "A period's results township by township: ranks, totals and each criterion's score",
  middleware: [read] as const,
  request: { params: periodParams },
  responses: { 200: json(periodReportSchema, 'The report'), ...errors },
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const resultsRoute = createRoute({
  method: 'get',
  path: '/api/evaluation/periods/{periodId}/results.xlsx',
  tags,
  summary: "A period's results as .xlsx (评估结果: a row per assessed village of your scope)",
  middleware: [read] as const,
  request: { params: periodParams },
  responses: {
    200: {
      description: 'The workbook',
      content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errors,
  },
});

const getAssessmentRoute = createRoute({
  method: 'get',
  path: '/api/evaluation/periods/{periodId}/villages/{villageId}',
  tags,
  summary: "A village's assessment: rubric, scores, evidence and comments",
  middleware: [read] as const,
  request: { params: assessmentParams },
  responses: { 200: json(assessmentSchema, 'The assessment'), ...errors },
});

const saveRoute = createRoute({
  method: 'put',
  path: '/api/evaluation/periods/{periodId}/villages/{villageId}',
  tags,
  summary:
    "Save a village's self-assessment (scores with evidence and comments) from the version loaded; 409 when stale (audited)",
  middleware: [requirePermission('evaluation:score')] as const,
  request: { params: assessmentParams, body: body(selfAssessmentBody) },
  responses: { 200: json(assessmentSchema, 'The assessment'), ...errors },
});

const STEP_PERMISSION: Record<AssessmentStep, Permission> = {
  submit: 'evaluation:score',
  review: 'evaluation:review',
  approve: 'evaluation:approve',
  return: 'evaluation:approve',
};

const stepRoute = (step: AssessmentStep) =>
  createRoute({
    method: 'post',
    path: `/api/evaluation/periods/{periodId}/villages/{villageId}/${step}`,
    tags,
    summary: {
      submit: 'The village submits its self-assessment',
      review: 'The township reviews a submitted assessment',
      approve: 'The county approves a reviewed assessment',
      return: 'The county returns a reviewed assessment to the village with a reason',
    }[step],
    middleware: [requirePermission(STEP_PERMISSION[step])] as const,
    request: { params: assessmentParams, body: body(stepBody) },
    responses: { 200: json(stepResult, 'The new status'), ...errors },
  });

const historyRoute = createRoute({
  method: 'get',
  path: '/api/evaluation/villages/{villageId}/history',
  tags,
  summary: "A village's assessments across periods",
  middleware: [read] as const,
  request: { params: villageParams },
  responses: { 200: json(historySchema, 'The history'), ...errors },
});

/** `/api/evaluation/...`: the five-goods evaluation's periods, rubric, assessments, workflow and ranking. */
export function evaluationRoutes({ database }: Pick<Services, 'database'>) {
  const router = createRouter()
    .openapi(listPeriodsRoute, async (c) => {
      const tenantId = tenantOf(currentUser(c));
      return c.json(await database.withTenant(tenantId, (tx) => listPeriods(tx, tenantId)), 200);
    })
    .openapi(createPeriodRoute, async (c) => {
      const tenantId = tenantOf(currentUser(c));
      const detail = await database.withTenant(tenantId, async (tx) => {
        const period = await createPeriod(tx, { tenantId, name: c.req.valid('json').name, ...audit(c) });
        return { ...period, rubric: await loadRubric(tx, tenantId, period.id) };
      });
      return c.json(detail, 201);
    })
    .openapi(getPeriodRoute, async (c) => {
      const tenantId = tenantOf(currentUser(c));
      const { periodId } = c.req.valid('param');
      const detail = await database.withTenant(tenantId, async (tx) => ({
        ...periodView(await loadPeriod(tx, { tenantId, periodId })),
        rubric: await loadRubric(tx, tenantId, periodId),
      }));
      return c.json(detail, 200);
    })
    .openapi(rubricRoute, async (c) => {
      const tenantId = tenantOf(currentUser(c));
      const { periodId } = c.req.valid('param');
      const rubric = await database.withTenant(tenantId, (tx) =>
        setRubric(tx, { tenantId, periodId, rubric: c.req.valid('json').criteria, ...audit(c) }),
      );
      return c.json(rubric, 200);
    })
    .openapi(periodStepRoute('open'), async (c) => {
      const tenantId = tenantOf(currentUser(c));
      const { periodId } = c.req.valid('param');
      const period = await database.withTenant(tenantId, (tx) =>
        transitionPeriod(tx, { tenantId, periodId, to: 'open', ...audit(c) }),
      );
      return c.json(period, 200);
    })
    .openapi(periodStepRoute('close'), async (c) => {
      const tenantId = tenantOf(currentUser(c));
      const { periodId } = c.req.valid('param');
      const period = await database.withTenant(tenantId, (tx) =>
        transitionPeriod(tx, { tenantId, periodId, to: 'closed', ...audit(c) }),
      );
      return c.json(period, 200);
    })
    .openapi(assessmentsRoute, async (c) => {
      const user = currentUser(c);
      const tenantId = tenantOf(user);
      const { periodId } = c.req.valid('param');
      const items = await database.withTenant(tenantId, async (tx) => {
        await loadPeriod(tx, { tenantId, periodId });
        return listAssessments(tx, { tenantId, periodId, scope: villageScopeOf(user) });
      });
      return c.json({ items }, 200);
    })
    .openapi(rankingRoute, async (c) => {
      const user = currentUser(c);
      const tenantId = tenantOf(user);
      const { periodId } = c.req.valid('param');
      const items = await database.withTenant(tenantId, async (tx) => {
        await loadPeriod(tx, { tenantId, periodId });
        return getRanking(tx, { tenantId, periodId, scope: villageScopeOf(user) });
      });
      return c.json({ items }, 200);
    })
    .openapi(reportRoute, async (c) => {
      const user = currentUser(c);
      const tenantId = tenantOf(user);
      const { periodId } = c.req.valid('param');
      const report = await database.withTenant(tenantId, (tx) =>
        periodReport(tx, { tenantId, periodId, scope: villageScopeOf(user) }),
      );
      return c.json(report, 200);
    })
    .openapi(resultsRoute, async (c) => {
      const user = currentUser(c);
      const tenantId = tenantOf(user);
      const { periodId } = c.req.valid('param');
      const report = await database.withTenant(tenantId, (tx) =>
        periodReport(tx, { tenantId, periodId, scope: villageScopeOf(user) }),
      );
      const name = `五个好评估结果-${report.period.name}.xlsx`;
      return c.body(await resultsXlsx(report), 200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="evaluation-results.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      });
    })
    .openapi(getAssessmentRoute, async (c) => {
      const user = currentUser(c);
      const tenantId = tenantOf(user);
      const { periodId, villageId } = c.req.valid('param');
      const view = await database.withTenant(tenantId, async (tx) => {
        await loadPeriod(tx, { tenantId, periodId });
        const village = await villageInReach(tx, { user, permission: 'evaluation:read', villageId });
        return getAssessment(tx, { tenantId, periodId, village });
      });
      return c.json(view, 200);
    })
    .openapi(saveRoute, async (c) => {
      const user = currentUser(c);
      const tenantId = tenantOf(user);
      const { periodId, villageId } = c.req.valid('param');
      const { scores, selfComment, version } = c.req.valid('json');
      const view = await database.withTenant(tenantId, async (tx) => {
        const village = await villageInReach(tx, { user, permission: 'evaluation:score', villageId });
        await saveSelfAssessment(tx, {
          tenantId,
          periodId,
          village,
          scores,
          selfComment,
          version,
          ...audit(c),
        });
        return getAssessment(tx, { tenantId, periodId, village });
      });
      return c.json(view, 200);
    })
    .openapi(historyRoute, async (c) => {
      const user = currentUser(c);
      const tenantId = tenantOf(user);
      const { villageId } = c.req.valid('param');
      const items = await database.withTenant(tenantId, async (tx) => {
        await villageInReach(tx, { user, permission: 'evaluation:read', villageId });
        return villageHistory(tx, { tenantId, villageId });
      });
      return c.json({ items }, 200);
    });
  for (const step of ['submit', 'review', 'approve', 'return'] as const) {
    router.openapi(stepRoute(step), async (c) => {
      const user = currentUser(c);
      const tenantId = tenantOf(user);
      const { periodId, villageId } = c.req.valid('param');
      const status = await database.withTenant(tenantId, async (tx) => {
        const village = await villageInReach(tx, { user, permission: STEP_PERMISSION[step], villageId });
        return transitionAssessment(tx, {
          tenantId,
          periodId,
          village,
          step,
          comment: c.req.valid('json').comment,
          ...audit(c),
        });
      });
      return c.json({ status }, 200);
    });
  }
  router.route('/', fundingRoutes({ database }));
  return router;
}
