import { createRoute, type z } from '@hono/zod-openapi';
import { currentUser } from '../auth/current-user';
import { requirePermission } from '../auth/require-permission';
import { problemResponses } from '../auth/schemas';
import type { Services } from '../context';
import { createRouter } from '../openapi';
import { scopeOfUser } from '../plugin-host/plugin-context';
import { issueApiKey } from './issue-api-key';
import { apiKeyList, apiKeyParams, apiKeySchema, issueApiKeyBody, issuedApiKey } from './key-schemas';
import { listApiKeys } from './list-api-keys';
import { revokeApiKey } from './revoke-api-key';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const errors = {
  400: { description: 'Invalid input (problem+json naming the field)' },
  ...problemResponses,
  404: { description: 'No such key in your county' },
} as const;
const manage = requirePermission('open311:manage');

const listRoute = createRoute({
  method: 'get',
  path: '/api/open311/keys',
  tags: ['open311'],
  summary: "The county's Open311 API keys, revoked ones too (never their secrets)",
  middleware: [manage] as const,
  responses: { 200: json(apiKeyList, 'Keys, newest first'), ...errors },
});
const issueRoute = createRoute({
  method: 'post',
  path: '/api/open311/keys',
  tags: ['open311'],
  summary: 'Issue an Open311 API key for the county; its secret is answered this once (audited)',
  middleware: [manage] as const,
  request: { body: { required: true, content: { 'application/json': { schema: issueApiKeyBody } } } },
  responses: { 201: json(issuedApiKey, 'The key and its secret'), ...errors },
});
const revokeRoute = createRoute({
  method: 'post',
  path: '/api/open311/keys/{id}/revoke',
  tags: ['open311'],
  summary: 'Revoke an Open311 API key at once (audited)',
  middleware: [manage] as const,
  request: { params: apiKeyParams },
  responses: { 200: json(apiKeySchema, 'The revoked key'), ...errors },
});

/** `/api/open311/keys`: a county admin issues, lists and revokes the keys of the county's Open311 door. */
export function open311KeyRoutes({ database }: Pick<Services, 'database'>) {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const { tenantId } = scopeOfUser(currentUser(c));
      const items = await database.withTenant(tenantId, (tx) => listApiKeys(tx, tenantId));
      c.header('cache-control', 'no-store');
      return c.json({ items }, 200);
    })
    .openapi(issueRoute, async (c) => {
      const user = currentUser(c);
      const { tenantId } = scopeOfUser(user);
      const issued = await database.withTenant(tenantId, (tx) =>
        issueApiKey(tx, {
          tenantId,
          name: c.req.valid('json').name,
          actor: user,
          requestId: c.get('requestId'),
        }),
      );
      c.header('cache-control', 'no-store');
      return c.json(issued, 201);
    })
    .openapi(revokeRoute, async (c) => {
      const user = currentUser(c);
      const { tenantId } = scopeOfUser(user);
      const key = await database.withTenant(tenantId, (tx) =>
        revokeApiKey(tx, {
          tenantId,
          id: c.req.valid('param').id,
          actor: user,
          requestId: c.get('requestId'),
        }),
      );
      return c.json(key, 200);
    });
}
