import { randomBytes } from 'node:crypto';
import { type AuditActor, recordAudit, sessionIdOf } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { open311ApiKeys } from '@cunshe/db/schema';
import { type ApiKeyView, apiKeyView } from './api-key-view';

/** What every Open311 key starts with, so a leaked one is recognisable (e.g. by secret scanners). */
export const API_KEY_PREFIX = 'o311_';

/**
 * The hash stored for an Open311 key's secret: SHA-256 in lowercase hex, the same one-way hash a session
 * token gets (`sessionIdOf` of `@cunshe/auth`), so a leaked row gives no usable key.
 */
export function apiKeyHashOf(secret: string): string {
  return sessionIdOf(secret);
}

/**
 * Issues an Open311 API key for the actor's county, in the caller's transaction: 32 random bytes (256 bits)
 * in base64url behind {@link API_KEY_PREFIX}. Only its hash and last four characters are stored;
 * the secret is answered once and never again (nor logged: the audit entry names the key, not its secret).
 */
export async function issueApiKey(
  tx: Tx,
  input: { tenantId: string; name: string; actor: AuditActor; requestId?: string | undefined },
): Promise<{ key: ApiKeyView; secret: string }> {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const [row] = await tx
    .insert(open311ApiKeys)
    .values({
      tenantId: input.tenantId,
      name: input.name.normalize('NFC').trim(),
      secretHash: apiKeyHashOf(secret),
      secretHint: secret.slice(-4),
      createdBy: input.actor.id,
      createdByName: input.actor.displayName,
    })
    .returning();
  if (!row) throw new Error('issueApiKey: the key was not stored');
  const key = apiKeyView(row);
  await recordAudit(tx, {
    tenantId: input.tenantId,
    actor: input.actor,
    action: 'open311-key.issued',
    entity: 'open311-api-key',
    entityId: row.id,
    after: { name: key.name, secretHint: key.secretHint },
    requestId: input.requestId,
  });
  return { key, secret };
}
