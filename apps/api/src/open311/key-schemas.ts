import { z } from '@hono/zod-openapi';

/** An Open311 API key as the admin lists it (never its secret). */
export const apiKeySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    secretHint: z.string().openapi({ description: "The secret's last four characters" }),
    createdBy: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('Open311ApiKey');

/** `GET /api/open311/keys`. */
export const apiKeyList = z.object({ items: z.array(apiKeySchema) }).openapi('Open311ApiKeyList');

/** `POST /api/open311/keys` body. */
export const issueApiKeyBody = z
  .object({ name: z.string().trim().min(1).max(100).openapi({ example: '12345 市民热线' }) })
  .openapi('IssueOpen311ApiKey');

/** A newly issued key with its secret, which the server shows this once. */
export const issuedApiKey = z
  .object({ key: apiKeySchema, secret: z.string().openapi({ example: 'o311_…' }) })
  .openapi('IssuedOpen311ApiKey');

/** `/api/open311/keys/{id}/...` path. */
export const apiKeyParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
});
