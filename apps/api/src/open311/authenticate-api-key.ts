import type { Tx } from '@cunshe/db';
import { type Open311ApiKey, open311ApiKeys } from '@cunshe/db/schema';
import { NotAllowedError } from '@cunshe/errors';
import { and, eq, isNull } from 'drizzle-orm';
import { apiKeyHashOf } from './issue-api-key';

/**
 * The county's live key whose secret is `secret`, found by its hash in the county's own (RLS-fenced)
 * transaction, so a key of another county is unknown here, exactly like a made-up one; its `lastUsedAt`
 * is set to `now`.
 * @throws NotAllowedError (403) for a missing, unknown or revoked key, without saying which.
 */
export async function authenticateApiKey(
  tx: Tx,
  input: { tenantId: string; secret: string | undefined; now: Date },
): Promise<Open311ApiKey> {
  const refused = new NotAllowedError('api_key: the key is unknown in this jurisdiction or was revoked.');
  if (!input.secret) throw refused;
  const where = and(
    eq(open311ApiKeys.tenantId, input.tenantId),
    eq(open311ApiKeys.secretHash, apiKeyHashOf(input.secret)),
    isNull(open311ApiKeys.revokedAt),
  );
  const [key] = await tx.update(open311ApiKeys).set({ lastUsedAt: input.now }).where(where).returning();
  if (!key) throw refused;
  return key;
}
