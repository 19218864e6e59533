import type { Database } from '@cunshe/db';
import { setTenantActive, type TenantActivity } from './set-tenant-active';

/**
 * Brings a disabled tenant back (`tenants.is_active = true`), with every row it had. Idempotent
 * (`isChanged: false`).
 * @throws InputError with path `code` when the code is not 6 digits.
 * @throws NotFoundError when no tenant has the code (current or former).
 */
export function enableTenant(database: Database, { code }: { code: string }): Promise<TenantActivity> {
  return setTenantActive(database, { code, isActive: true });
}
