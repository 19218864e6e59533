import type { Database } from '@cunshe/db';
import { tenants } from '@cunshe/db/schema';
import { createTestDatabase } from '@cunshe/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disableTenant } from './disable-tenant';
import { enableTenant } from './enable-tenant';

let database: Database;
let tenantId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const [tenant] = await database.db
    .insert(tenants)
    .values({ code: '361003', name: '东乡区', formerCodes: ['361029'] })
    .returning();
  tenantId = tenant?.id ?? '';
});

afterAll(async () => {
  await database.close();
});

async function isActive(): Promise<boolean | undefined> {
  const [tenant] = await database.db.select().from(tenants).where(eq(tenants.id, tenantId));
  return tenant?.isActive;
}

describe('disableTenant and enableTenant', () => {
  it('disables a tenant by its current code, keeping the row', async () => {
    expect(await disableTenant(database, { code: '361003' })).toEqual({
      tenantId,
      code: '361003',
      name: '东乡区',
      isActive: false,
      isChanged: true,
    });
    expect(await isActive()).toBe(false);
  });

  it('is idempotent', async () => {
    expect(await disableTenant(database, { code: '361003' })).toMatchObject({
      isActive: false,
      isChanged: false,
    });
  });

  it('enables it again by a former code', async () => {
    expect(await enableTenant(database, { code: '361029' })).toMatchObject({
      isActive: true,
      isChanged: true,
    });
    expect(await isActive()).toBe(true);
  });

  it('answers NotFoundError for a county that is no tenant', async () => {
    await expect(disableTenant(database, { code: '361002' })).rejects.toMatchObject({
      name: 'NotFoundError',
    });
  });

  it('answers InputError on "code" for a malformed code', async () => {
    await expect(enableTenant(database, { code: '36100x' })).rejects.toMatchObject({
      name: 'InputError',
      errors: [
        { path: 'code', message: '"36100x" is not a county code: a GB/T 2260 county code is 6 digits.' },
      ],
    });
  });
});
