import type { Database, Tx } from '@cunshe/db';

/**
 * Runs `fn` in the scope a user's own rows live in: the user's county (`withTenant`), or the platform
 * scope for the platform operator, who has no county.
 */
export function withUserScope<T>(
  database: Database,
  tenantId: string | null,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  return tenantId === null ? database.withPlatform(fn) : database.withTenant(tenantId, fn);
}
