import type { Database } from '@cunshe/db';
import { tenants, townships } from '@cunshe/db/schema';
import { createTestDatabase } from '@cunshe/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDivisions } from './import-divisions';
import { importFormerCodes } from './import-former-codes';
import { onboardCounty } from './onboard-county';

let database: Database;
let formerTenantId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await importDivisions(database, { prefixes: ['3610'] });
  await importFormerCodes(database, { prefixes: ['3610'] });
  // As if the county had been onboarded while it was still 东乡县 361029, with one township of that time.
  const [tenant] = await database.db.insert(tenants).values({ code: '361029', name: '东乡县' }).returning();
  formerTenantId = tenant?.id ?? '';
  await database.withTenant(formerTenantId, (tx) =>
    tx
      .insert(townships)
      .values({ tenantId: formerTenantId, code: '361029100', name: '孝岗镇', sortKey: 'xiaogangzhen' }),
  );
}, 300_000);

afterAll(async () => {
  await database.close();
});

describe('onboardCounty for a county re-coded since it was onboarded', () => {
  it('re-codes the same tenant, keeping the old code, and retires the old townships', async () => {
    const result = await onboardCounty(database, { code: '361003' });
    expect(result).toMatchObject({
      status: 'updated',
      isNew: false,
      tenantId: formerTenantId,
      code: '361003',
      name: '东乡区',
      formerCodes: ['361029'],
      townships: { added: 19, retired: 1 },
      villages: { added: 179 },
    });
    const [tenant] = await database.db.select().from(tenants).where(eq(tenants.id, formerTenantId));
    expect(tenant).toMatchObject({ code: '361003', name: '东乡区', formerCodes: ['361029'] });
    const [old] = await database.db.select().from(townships).where(eq(townships.code, '361029100'));
    expect(old).toMatchObject({ tenantId: formerTenantId, isRetired: true });
  });

  it('refuses when tenants exist under both the current and a former code', async () => {
    await database.db.insert(tenants).values({ code: '361029', name: '东乡县' });
    await expect(onboardCounty(database, { code: '361003' })).rejects.toMatchObject({
      name: 'ConflictError',
    });
  });
});
