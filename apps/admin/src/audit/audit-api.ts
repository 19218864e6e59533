import { api } from '../api/client';
import type { ListPage } from '../components/data-table';

/** One entry of the county's audit log; `before`/`after` are JSON snapshots of the entity. */
export interface AuditEntry {
  id: string;
  /** ISO 8601 with offset. */
  at: string;
  actorId: string | null;
  /** Null for entries without a signed-in actor, e.g. a failed login. */
  actorName: string | null;
  /** `<entity>.<verb>`, e.g. `village.type-changed`, `auth.login`. */
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/**
 * Filters of the audit log; every one is optional. `from` and `to` are days (`YYYY-MM-DD`, China time, both
 * whole days included) or ISO 8601 instants (`to` then exclusive).
 */
export interface AuditQuery {
  /** The id of the user who acted. */
  actor?: string;
  entity?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** The root of every audit query's cache key; invalidate it after a write. */
export const auditQueryKey = ['audit'] as const;

/** One page of the audit log, newest first. */
export function fetchAudit(query: AuditQuery): Promise<ListPage<AuditEntry>> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  return api<ListPage<AuditEntry>>(`/api/audit?${search.toString()}`);
}
