import { createRoute, z } from '@hono/zod-openapi';
import { currentUser } from '../../auth/current-user';
import { requirePermission } from '../../auth/require-permission';
import { problemResponses } from '../../auth/schemas';
import type { Services } from '../../context';
import { createRouter } from '../../openapi';
import { partyScopeOf } from '../../party/party-scope';
import { villageInReach } from '../evaluation-scope';
import { allocationsXlsx } from './allocations-xlsx';
import { listAllocations } from './list-allocations';
import { YUAN_PATTERN } from './money';
import { recordAllocation } from './record-allocation';

const day = z.iso.date().openapi({ example: '2026-03-01' });
const villageId = z.guid();

/** `POST /api/funding/allocations` body: an amount of more than 0 yuan, to the fen. */
export const fundingBody = z
  .object({
    villageId,
    amountYuan: z
      .string()
      .regex(YUAN_PATTERN, 'yuan with at most two decimals')
      .refine((yuan) => /[1-9]/.test(yuan), 'more than 0 yuan')
      .openapi({ example: '20000.50' }),
    purpose: z.string().trim().min(1).max(200).openapi({ example: '党员活动室改造' }),
    source: z.string().trim().max(100).nullable().optional().openapi({ example: '留存党费' }),
    allocatedOn: day,
    approver: z.string().trim().min(1).max(100),
  })
  .openapi('FundingAllocationInput');

/** `POST /api/funding/equipment` body. */
export const equipmentBody = z
  .object({
    villageId,
    item: z.string().trim().min(1).max(200).openapi({ example: '电教设备' }),
    quantity: z.number().int().min(1).max(100_000),
    sentOn: day,
    note: z.string().trim().max(500).nullable().optional(),
  })
  .openapi('EquipmentAllocationInput');

/** The allocations of a scope with totals. */
export const allocationReport = z
  .object({
    funding: z.array(
      z.object({
        id: z.guid(),
        villageId: z.guid(),
        villageName: z.string(),
        townshipName: z.string(),
        amountYuan: z.string(),
        amountFen: z.number().int(),
        purpose: z.string(),
        source: z.string().nullable(),
        allocatedOn: z.string(),
        approver: z.string(),
      }),
    ),
    equipment: z.array(
      z.object({
        id: z.guid(),
        villageId: z.guid(),
        villageName: z.string(),
        item: z.string(),
        quantity: z.number().int(),
        sentOn: z.string(),
        note: z.string().nullable(),
      }),
    ),
    villageTotals: z.array(
      z.object({
        villageId: z.guid(),
        villageName: z.string(),
        fundingFen: z.number().int(),
        fundingYuan: z.string(),
        equipmentQuantity: z.number().int(),
      }),
    ),
    totalFen: z.number().int(),
    totalYuan: z.string(),
    totalEquipmentQuantity: z.number().int(),
  })
  .openapi('AllocationReport');

const errors = {
  400: { description: 'Invalid input (problem+json naming the field)' },
  ...problemResponses,
  404: { description: 'No such village in your scope' },
} as const;
const manage = requirePermission('funding:manage');
const created = {
  201: { description: 'Recorded', content: { 'application/json': { schema: z.object({ id: z.guid() }) } } },
};

const listRoute = createRoute({
  method: 'get',
  path: '/api/funding/allocations',
  tags: ['funding'],
  summary: 'Funding and equipment allocated to the villages of your scope, with per-village and total sums',
  middleware: [requirePermission('funding:read')] as const,
  responses: {
    200: { description: 'The allocations', content: { 'application/json': { schema: allocationReport } } },
    ...errors,
  },
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const exportRoute = createRoute({
  method: 'get',
  path: '/api/funding/allocations.xlsx',
  tags: ['funding'],
  summary: 'The allocations of your scope as .xlsx: funding, equipment and per-village totals',
  middleware: [requirePermission('funding:read')] as const,
  responses: {
    200: {
      description: 'The workbook',
      content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errors,
  },
});

const fundingRoute = createRoute({
  method: 'post',
  path: '/api/funding/allocations',
  tags: ['funding'],
  summary: 'Record money allocated to a village, in yuan to the fen (audited)',
  middleware: [manage] as const,
  request: { body: { required: true, content: { 'application/json': { schema: fundingBody } } } },
  responses: { ...created, ...errors },
});

const equipmentRoute = createRoute({
  method: 'post',
  path: '/api/funding/equipment',
  tags: ['funding'],
  summary: 'Record equipment sent to a village (audited)',
  middleware: [manage] as const,
  request: { body: { required: true, content: { 'application/json': { schema: equipmentBody } } } },
  responses: { ...created, ...errors },
});

/** `/api/funding/...`: special allocations of money and equipment to villages. */
export function fundingRoutes({ database }: Pick<Services, 'database'>) {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      return c.json(await database.withTenant(scope.tenantId, (tx) => listAllocations(tx, scope)), 200);
    })
    .openapi(exportRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const report = await database.withTenant(scope.tenantId, (tx) => listAllocations(tx, scope));
      return c.body(await allocationsXlsx(report), 200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="allocations.xlsx"; filename*=UTF-8''${encodeURIComponent('资金与设备.xlsx')}`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      });
    })
    .openapi(fundingRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const { villageId: id, ...allocation } = c.req.valid('json');
      const created = await database.withTenant(scope.tenantId, async (tx) => {
        const village = await villageInReach(tx, { user, permission: 'funding:manage', villageId: id });
        return recordAllocation(tx, {
          tenantId: scope.tenantId,
          village,
          allocation: { kind: 'funding', ...allocation },
          actor: user,
          requestId: c.get('requestId'),
        });
      });
      return c.json({ id: created }, 201);
    })
    .openapi(equipmentRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const { villageId: id, ...allocation } = c.req.valid('json');
      const created = await database.withTenant(scope.tenantId, async (tx) => {
        const village = await villageInReach(tx, { user, permission: 'funding:manage', villageId: id });
        return recordAllocation(tx, {
          tenantId: scope.tenantId,
          village,
          allocation: { kind: 'equipment', ...allocation },
          actor: user,
          requestId: c.get('requestId'),
        });
      });
      return c.json({ id: created }, 201);
    });
}
