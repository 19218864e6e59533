import type { Database } from '@cunshe/db';
import { tenants } from '@cunshe/db/schema';
import { InputError, NotFoundError } from '@cunshe/errors';
import { eq, or, sql } from 'drizzle-orm';

/** A tenant's state after {@link setTenantActive}; `isChanged` is false when it already was in that state. */
export interface TenantActivity {
  tenantId: string;
  code: string;
  name: string;
  isActive: boolean;
  isChanged: boolean;
}

/**
 * Sets `tenants.is_active` of the tenant with a county code, current or former. Nothing else changes and
 * nothing is deleted. Shared by `disableTenant` and `enableTenant`.
 * @throws InputError with path `code` when the code is not 6 digits.
 * @throws NotFoundError when no tenant has the code.
 */
export async function setTenantActive(
  database: Database,
  { code, isActive }: { code: string; isActive: boolean },
): Promise<TenantActivity> {
  const trimmed = code.trim();
  if (!/^[0-9]{6}$/.test(trimmed)) {
    const message = `"${trimmed}" is not a county code: a GB/T 2260 county code is 6 digits.`;
    throw new InputError(message, [{ path: 'code', message }]);
  }
  return database.db.transaction(async (tx) => {
    const [tenant] = await tx
      .select()
      .from(tenants)
      .where(or(eq(tenants.code, trimmed), sql`${trimmed} = any(${tenants.formerCodes})`))
      .for('update');
    if (!tenant)
      throw new NotFoundError(`No tenant has the county code ${trimmed}; onboard the county first.`);
    const isChanged = tenant.isActive !== isActive;
    if (isChanged) {
      await tx.update(tenants).set({ isActive, updatedAt: sql`now()` }).where(eq(tenants.id, tenant.id));
    }
    return { tenantId: tenant.id, code: tenant.code, name: tenant.name, isActive, isChanged };
  });
}
