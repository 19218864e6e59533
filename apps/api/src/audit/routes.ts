import { createRoute, z } from '@hono/zod-openapi';
import { currentUser } from '../auth/current-user';
import { requirePermission } from '../auth/require-permission';
import { problemResponses } from '../auth/schemas';
import type { Services } from '../context';
import { createRouter } from '../openapi';
import { listAuditEntries } from './list-audit-entries';

// Counties are in China: a bare date means that day in China Standard Time (UTC+8, no daylight saving).
const CHINA_OFFSET = '+08:00';

const dateOrTime = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .openapi({ description: 'A date (YYYY-MM-DD, China time, whole day) or an ISO 8601 time with offset' });

const auditQuery = z.object({
  actor: z.uuid().optional().openapi({ description: 'The id of the user who acted' }),
  entity: z.string().max(100).optional().openapi({ example: 'user' }),
  entityId: z.string().max(100).optional(),
  action: z.string().max(100).optional().openapi({ example: 'user.invited' }),
  from: dateOrTime.optional().openapi({ example: '2025-01-01' }),
  to: dateOrTime.optional().openapi({ example: '2025-12-31' }),
  page: z.coerce.number().int().min(1).default(1).openapi({ example: 1 }),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).openapi({ example: 20 }),
});

const entrySchema = z
  .object({
    id: z.uuid(),
    at: z.iso.datetime({ offset: true }),
    actorId: z.uuid().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  })
  .openapi('AuditEntry');

const listRoute = createRoute({
  method: 'get',
  path: '/api/audit',
  tags: ['audit'],
  summary: "The county's audit log, newest first, filtered by actor, entity, action and dates",
  middleware: [requirePermission('audit:read')] as const,
  request: { query: auditQuery },
  responses: {
    200: {
      description: 'A page of entries',
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(entrySchema),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    400: { description: 'Invalid filter (problem+json naming it)' },
    ...problemResponses,
  },
});

function startOf(value: string): Date {
  return new Date(value.length === 10 ? `${value}T00:00:00${CHINA_OFFSET}` : value);
}

function endOf(value: string): Date {
  if (value.length !== 10) return new Date(value);
  return new Date(startOf(value).getTime() + 24 * 60 * 60 * 1000);
}

/** `GET /api/audit`: the county admin's audit page (`audit:read`). */
export function auditRoutes({ database }: Pick<Services, 'database'>) {
  return createRouter().openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const { items, total } = await listAuditEntries(database, {
      actor: currentUser(c),
      query: {
        actorId: q.actor,
        entity: q.entity,
        entityId: q.entityId,
        action: q.action,
        from: q.from ? startOf(q.from) : undefined,
        to: q.to ? endOf(q.to) : undefined,
        page: q.page,
        pageSize: q.pageSize,
      },
    });
    return c.json(
      {
        items: items.map((entry) => ({
          id: entry.id,
          at: entry.at.toISOString(),
          actorId: entry.actorId,
          actorName: entry.actorName,
          action: entry.action,
          entity: entry.entity,
          entityId: entry.entityId,
          before: entry.before,
          after: entry.after,
          requestId: entry.requestId,
        })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      },
      200,
    );
  });
}
