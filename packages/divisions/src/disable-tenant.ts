import type { Database } from '@cunshe/db';
import { setTenantActive, type TenantActivity } from './set-tenant-active';

/**
 * Offboards a county: sets its tenant inactive (`tenants.is_active = false`) so the API turns its users away.
 * Every row is kept, so `enableTenant` brings it back as it was. Idempotent (`isChanged: false`).
 * @throws InputError with path `code` when the code is not 6 digits.
 * @throws NotFoundError when no tenant has the code (current or former).
 */
export function disableTenant(database: Database, { code }: { code: string }): Promise<TenantActivity> {
  return setTenantActive(database, { code, isActive: false });
}
