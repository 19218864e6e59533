import { villageTypes } from '@cunshe/db/schema';
import { createRoute, z } from '@hono/zod-openapi';
import { currentUser } from '../auth/current-user';
import { requirePermission } from '../auth/require-permission';
import { problemResponses } from '../auth/schemas';
import type { Services } from '../context';
import { rankingRow } from '../evaluation/schemas';
import { createRouter } from '../openapi';
import { partyScopeOf } from '../party/party-scope';
import { getDashboardSummary } from './get-dashboard-summary';
import { narrowDashboardScope } from './narrow-dashboard-scope';

const counts = z.record(z.string(), z.number().int());

/** `GET /api/dashboard/summary` query: optionally one township of the caller's scope. */
export const dashboardSummaryQuery = z.object({
  townshipCode: z
    .string()
    .regex(/^\d{9}$/, 'must be a 9-digit township code')
    .optional()
    .openapi({ example: '361003100', description: 'narrow every figure to this township of your scope' }),
});

/** The dashboard's figures. */
export const dashboardSummarySchema = z
  .object({
    township: z.object({ id: z.guid(), code: z.string(), name: z.string() }).nullable(),
    villageCount: z.number().int(),
    villagesByType: counts.openapi({ example: { industrial: 1, 'industry-chain': 1, none: 175 } }),
    villagesByTownship: z.array(
      z.object({
        townshipId: z.guid(),
        townshipCode: z.string(),
        townshipName: z.string(),
        count: z.number().int(),
      }),
    ),
    serviceRequestsByStatus: counts,
    overdueServiceRequests: z.number().int(),
    medianResolveSeconds: z.number().int().nullable(),
    partyMembersByCategory: counts,
    cadres: z.object({
      asOf: z.string(),
      villageCount: z.number().int(),
      villagesWithBothHeads: z.number().int(),
      oneShoulderVillages: z.number().int(),
      oneShoulderRatio: z.number().nullable(),
      cadreCount: z.number().int(),
      crossAppointedCount: z.number().int(),
      crossAppointmentRatio: z.number().nullable(),
    }),
    pluginsEnabled: z.array(z.object({ pluginId: z.string(), villageCount: z.number().int() })),
    fundingByTownship: z.array(
      z.object({
        townshipId: z.guid(),
        townshipCode: z.string(),
        townshipName: z.string(),
        totalFen: z.number().int(),
      }),
    ),
    fiveGoods: z
      .object({ periodId: z.guid(), periodName: z.string(), items: z.array(rankingRow) })
      .nullable(),
    villages: z
      .array(
        z.object({
          id: z.guid(),
          code: z.string(),
          name: z.string(),
          type: z.enum(villageTypes).nullable(),
          openServiceRequests: z.number().int(),
          partyMembers: z.number().int(),
        }),
      )
      .nullable(),
  })
  .openapi('DashboardSummary');

const summaryRoute = createRoute({
  method: 'get',
  path: '/api/dashboard/summary',
  tags: ['dashboard'],
  summary: "The dashboard's figures for your scope (county, township or village), or one township of it",
  middleware: [requirePermission('dashboard:read')] as const,
  request: { query: dashboardSummaryQuery },
  responses: {
    200: { description: 'The figures', content: { 'application/json': { schema: dashboardSummarySchema } } },
    ...problemResponses,
  },
});

/**
 * `GET /api/dashboard/summary[?townshipCode=]`: one API for the dashboard and any other client. A township
 * outside the caller's scope (or in another county) answers 404.
 */
export function dashboardRoutes({ database }: Pick<Services, 'database'>) {
  return createRouter().openapi(summaryRoute, async (c) => {
    const userScope = partyScopeOf(currentUser(c));
    const { townshipCode } = c.req.valid('query');
    const summary = await database.withTenant(userScope.tenantId, async (tx) => {
      const scope = townshipCode
        ? (await narrowDashboardScope(tx, userScope, townshipCode)).scope
        : userScope;
      return getDashboardSummary(tx, { scope });
    });
    return c.json(summary, 200);
  });
}
