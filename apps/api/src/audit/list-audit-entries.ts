import { type AuthUser, assertCan } from '@cunshe/auth';
import type { Database } from '@cunshe/db';
import { type AuditEntry, auditLog } from '@cunshe/db/schema';
import { NotAllowedError } from '@cunshe/errors';
import { and, count, desc, eq, gte, lt } from 'drizzle-orm';

/** Filters of the audit log; all optional and combined with AND. `to` is exclusive. */
export interface AuditQuery {
  actorId?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  page: number;
  pageSize: number;
}

/**
 * A page of the county's audit log, newest first.
 * @throws NotAllowedError without `audit:read`
 */
export async function listAuditEntries(
  database: Database,
  input: { actor: AuthUser; query: AuditQuery },
): Promise<{ items: AuditEntry[]; total: number }> {
  assertCan(input.actor, 'audit:read');
  const tenantId = input.actor.tenantId;
  if (tenantId === null) throw new NotAllowedError('The platform operator reads no county audit log.');
  const { query } = input;
  const where = and(
    eq(auditLog.tenantId, tenantId),
    query.actorId ? eq(auditLog.actorId, query.actorId) : undefined,
    query.entity ? eq(auditLog.entity, query.entity) : undefined,
    query.entityId ? eq(auditLog.entityId, query.entityId) : undefined,
    query.action ? eq(auditLog.action, query.action) : undefined,
    query.from ? gte(auditLog.at, query.from) : undefined,
    query.to ? lt(auditLog.at, query.to) : undefined,
  );
  return database.withTenant(tenantId, async (tx) => {
    const items = await tx
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    const [total] = await tx.select({ total: count() }).from(auditLog).where(where);
    return { items, total: total?.total ?? 0 };
  });
}
