import type { Tx } from '@cunshe/db';
import { auditLog } from '@cunshe/db/schema';

/** Who did it: a user (its name is kept as it was at the time), or nobody (e.g. a failed login). */
export interface AuditActor {
  id: string;
  displayName: string;
}

/** One entry of the audit log. `before`/`after` are JSON snapshots of the entity (never a password hash). */
export interface AuditEntryInput {
  tenantId: string;
  actor: AuditActor | null;
  /** `<entity>.<verb>` in kebab-case, e.g. `user.invited`, `auth.login-failed`. */
  action: string;
  entity: string;
  entityId?: string | null | undefined;
  before?: unknown;
  after?: unknown;
  requestId?: string | null | undefined;
}

/**
 * Appends an entry to the county's audit log in the caller's transaction, so the entry exists exactly when
 * the write it describes does. Every write made through the API calls it. The API role may only INSERT
 * and SELECT the log.
 * @example
 * await database.withTenant(user.tenantId, async (tx) => {
 *   const [after] = await tx.update(villages).set({ type }).where(eq(villages.id, id)).returning();
 *   await recordAudit(tx, { tenantId, actor: user, action: 'village.updated', entity: 'village', entityId: id, before, after, requestId });
 * });
 */
export async function recordAudit(tx: Tx, entry: AuditEntryInput): Promise<void> {
  await tx.insert(auditLog).values({
    tenantId: entry.tenantId,
    actorId: entry.actor?.id ?? null,
    actorName: entry.actor?.displayName ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: toJson(entry.before),
    after: toJson(entry.after),
    requestId: entry.requestId ?? null,
  });
}

function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
