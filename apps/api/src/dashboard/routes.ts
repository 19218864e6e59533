import { createRoute, z } from '@hono/zod-openapi';
import { currentUser } from '../auth/current-user';
import { requirePermission } from '../auth/require-permission';
import { problemResponses } from '../auth/schemas';
import type { Services } from '../context';
import { rankingRow } from '../evaluation/schemas';
import { createRouter } from '../openapi';
import { partyScopeOf } from '../party/party-scope';
import { getDashboardSummary } from './get-dashboard-summary';

const counts = z.record(z.string(), z.number().int());

/** The dashboard's figures. */
export const dashboardSummarySchema = z
  .object({
    villageCount: z.number().int(),
    villagesByType: counts.openapi({ example: { industrial: 1, 'industry-chain': 1, none: 175 } }),
    villagesByTownship: z.array(
      z.object({ townshipId: z.guid(), townshipName: z.string(), count: z.number().int() }),
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
      z.object({ townshipId: z.guid(), townshipName: z.string(), totalFen: z.number().int() }),
    ),
    fiveGoods: z
      .object({ periodId: z.guid(), periodName: z.string(), items: z.array(rankingRow) })
      .nullable(),
  })
  .openapi('DashboardSummary');

const summaryRoute = createRoute({
  method: 'get',
  path: '/api/dashboard/summary',
  tags: ['dashboard'],
  summary: "The dashboard's figures for your scope (county, township or village)",
  middleware: [requirePermission('dashboard:read')] as const,
  responses: {
    200: { description: 'The figures', content: { 'application/json': { schema: dashboardSummarySchema } } },
    ...problemResponses,
  },
});

/** `GET /api/dashboard/summary`: one API for the dashboard and any other client. */
export function dashboardRoutes({ database }: Pick<Services, 'database'>) {
  return createRouter().openapi(summaryRoute, async (c) => {
    const scope = partyScopeOf(currentUser(c));
    const summary = await database.withTenant(scope.tenantId, (tx) => getDashboardSummary(tx, { scope }));
    return c.json(summary, 200);
  });
}
