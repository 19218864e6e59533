import { type AuditActor, recordAudit } from '@cunshe/auth';
import { isUuid, type Tx } from '@cunshe/db';
import { open311ApiKeys } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import { type ApiKeyView, apiKeyView } from './api-key-view';

/**
 * Revokes an Open311 key of the county at once (audited `open311-key.revoked`): from then on it files and
 * reads nothing. Revoking a revoked key changes nothing and answers it as it is.
 * @throws NotFoundError when the county has no such key.
 */
export async function revokeApiKey(
  tx: Tx,
  input: { tenantId: string; id: string; actor: AuditActor; requestId?: string | undefined; now?: Date },
): Promise<ApiKeyView> {
  if (!isUuid(input.id)) throw new NotFoundError(`No Open311 key ${input.id} in your county.`);
  const where = and(eq(open311ApiKeys.tenantId, input.tenantId), eq(open311ApiKeys.id, input.id));
  const [row] = await tx.select().from(open311ApiKeys).where(where).for('update');
  if (!row) throw new NotFoundError(`No Open311 key ${input.id} in your county.`);
  if (row.revokedAt) return apiKeyView(row);
  const [revoked] = await tx
    .update(open311ApiKeys)
    .set({ revokedAt: input.now ?? new Date() })
    .where(where)
    .returning();
  if (!revoked) throw new Error('revokeApiKey: the key was not updated');
  await recordAudit(tx, {
    tenantId: input.tenantId,
    actor: input.actor,
    action: 'open311-key.revoked',
    entity: 'open311-api-key',
    entityId: row.id,
    before: { name: row.name, revokedAt: null },
    after: { name: row.name, revokedAt: revoked.revokedAt?.toISOString() },
    requestId: input.requestId,
  });
  return apiKeyView(revoked);
}
