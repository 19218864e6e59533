import { can, recordAudit } from '@cunshe/auth';
import { serviceRequestStatuses } from '@cunshe/db/schema';
import { createPersonalDataProtector } from '@cunshe/personal-data';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { currentUser } from '../auth/current-user';
import { requirePermission } from '../auth/require-permission';
import { problemResponses } from '../auth/schemas';
import type { AppEnv, Services } from '../context';
import { personalDataKeyOf } from '../env';
import { createRouter } from '../openapi';
import { scopeOfUser } from '../plugin-host/plugin-context';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import { scopedVillage } from '../plugin-host/scoped-village';
import { type LedgerQuery, ledgerEntries } from './ledger-entries';
import { ledgerCsv } from './write-csv';
import { ledgerXlsx } from './write-xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `GET /api/ledgers/service-requests.{xlsx,csv}` query. */
export const ledgerQuery = z.object({
  villageId: z
    .guid()
    .optional()
    .openapi({ description: 'One village; omitted: every village of your scope' }),
  from: z.iso
    .date()
    .optional()
    .openapi({ description: 'Submitted on or after this day (China Standard Time)' }),
  to: z.iso
    .date()
    .optional()
    .openapi({ description: 'Submitted on or before this day (China Standard Time)' }),
  status: z.enum(serviceRequestStatuses).optional(),
});

const errors = {
  400: { description: 'Invalid filters (problem+json naming the field)' },
  ...problemResponses,
  404: { description: 'No such village in your scope' },
} as const;

const ledgerRoute = (format: 'xlsx' | 'csv') =>
  createRoute({
    method: 'get',
    path: `/api/ledgers/service-requests.${format}`,
    tags: ['ledgers'],
    summary: `The ledger (台账) of service requests as ${format === 'xlsx' ? '.xlsx (a sheet per form version)' : 'CSV (UTF-8 with BOM)'}: a village's or your whole scope's, for a period`,
    middleware: [requirePermission('ledgers:export')] as const,
    request: { query: ledgerQuery },
    responses: {
      200: {
        description: 'The ledger file, streamed',
        content: {
          [format === 'xlsx' ? XLSX : 'text/csv']: { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
      ...errors,
    },
  });

/** `/api/ledgers/...`: the service-request ledgers (台账) a county inspects, as .xlsx and CSV. */
export function ledgersRoutes(
  services: Pick<Services, 'database' | 'env' | 'logger' | 'personalData'> & { registry: PluginRegistry },
) {
  const { database, logger, registry } = services;
  const protector = services.personalData ?? createPersonalDataProtector(personalDataKeyOf(services.env));

  const download = async (c: Context<AppEnv>, format: 'xlsx' | 'csv', query: LedgerQuery) => {
    const user = currentUser(c);
    const scope = scopeOfUser(user);
    const place = await database.withTenant(scope.tenantId, async (tx) => {
      const village = query.villageId ? await scopedVillage(tx, scope, query.villageId) : undefined;
      await recordAudit(tx, {
        tenantId: scope.tenantId,
        actor: user,
        action: 'ledger.exported',
        entity: 'ledger',
        entityId: village?.id ?? null,
        after: { format, ...query, hasWholeIdNumbers: can(user, 'service-requests:reveal-id') },
        requestId: c.get('requestId'),
      });
      return village?.name ?? '全部';
    });
    const entries = ledgerEntries({ database, protector, registry, scope, user, query });
    const period = [query.from, query.to].filter(Boolean).join('至');
    const name = `服务台账-${place}${period ? `-${period}` : ''}.${format}`;
    return c.body(format === 'xlsx' ? ledgerXlsx(entries, logger) : ledgerCsv(entries), 200, {
      'content-type': format === 'xlsx' ? XLSX : 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="ledger.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
  };

  return createRouter()
    .openapi(ledgerRoute('xlsx'), (c) => download(c, 'xlsx', c.req.valid('query')))
    .openapi(ledgerRoute('csv'), (c) => download(c, 'csv', c.req.valid('query')));
}
