import type { Database } from '@cunshe/db';
import { tenants, townships, villages } from '@cunshe/db/schema';

/** A county made for a test, with its townships and their villages. */
export interface TestCounty {
  tenantId: string;
  code: string;
  name: string;
  townships: {
    id: string;
    code: string;
    name: string;
    villages: { id: string; code: string; name: string }[];
  }[];
}

/**
 * Creates a county (tenant) with `townshipCount` townships of `villageCount` villages each, by direct inserts
 * in the county's scope. Names are `<name>` + `镇1`, `村1-1` …, distinct per county so a test can look
 * for them in responses. For tests only.
 */
export async function createTestCounty(
  database: Database,
  input: { code: string; name: string; townshipCount?: number; villageCount?: number },
): Promise<TestCounty> {
  const [tenant] = await database.withPlatform((tx) =>
    tx.insert(tenants).values({ code: input.code, name: input.name }).returning(),
  );
  if (!tenant) throw new Error('createTestCounty: no tenant');
  const created: TestCounty = { tenantId: tenant.id, code: tenant.code, name: tenant.name, townships: [] };
  await database.withTenant(tenant.id, async (tx) => {
    for (let t = 1; t <= (input.townshipCount ?? 2); t++) {
      const townshipCode = `${input.code}${String(100 + t)}`;
      const [township] = await tx
        .insert(townships)
        .values({ tenantId: tenant.id, code: townshipCode, name: `${input.name}镇${t}`, sortKey: `zhen${t}` })
        .returning();
      if (!township) throw new Error('createTestCounty: no township');
      const entry = {
        id: township.id,
        code: township.code,
        name: township.name,
        villages: [] as TestCounty['townships'][number]['villages'],
      };
      for (let v = 1; v <= (input.villageCount ?? 2); v++) {
        const [village] = await tx
          .insert(villages)
          .values({
            tenantId: tenant.id,
            townshipId: township.id,
            code: `${townshipCode}${String(v).padStart(3, '0')}`,
            name: `${input.name}村${t}-${v}`,
            sortKey: `cun${t}${v}`,
            pinyinInitials: 'c',
          })
          .returning();
        if (!village) throw new Error('createTestCounty: no village');
        entry.villages.push({ id: village.id, code: village.code, name: village.name });
      }
      created.townships.push(entry);
    }
  });
  return created;
}
