import type { Database } from '@cunshe/db';
import { tenants, townships, villages } from '@cunshe/db/schema';
import { createTestDatabase } from '@cunshe/db/testing';
import { asc, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyDivisions } from './county-divisions';
import { importDivisions } from './import-divisions';
import { importFormerCodes } from './import-former-codes';
import { type OnboardCountyResult, onboardCounty } from './onboard-county';

let database: Database;
let first: OnboardCountyResult;

const NONE = { added: 0, renamed: 0, retired: 0, restored: 0 };

beforeAll(async () => {
  database = await createTestDatabase();
  await importDivisions(database, { prefixes: ['3610'] });
  await importFormerCodes(database, { prefixes: ['3610'] });
  first = await onboardCounty(database, { code: '361029' });
}, 300_000);

afterAll(async () => {
  await database.close();
});

async function villagesOf(tenantId: string) {
  return database.withTenant(tenantId, (tx) =>
    tx
      .select({
        id: villages.id,
        code: villages.code,
        name: villages.name,
        township: townships.name,
        sortKey: villages.sortKey,
        pinyinInitials: villages.pinyinInitials,
        isRetired: villages.isRetired,
      })
      .from(villages)
      .innerJoin(townships, eq(townships.id, villages.townshipId))
      .orderBy(asc(villages.code)),
  );
}

describe('onboardCounty', () => {
  it('onboards 东乡区 361003 from its former code 361029', () => {
    expect(first).toEqual({
      status: 'created',
      isNew: true,
      tenantId: expect.any(String),
      code: '361003',
      name: '东乡区',
      formerCodes: ['361029'],
      townships: { ...NONE, added: 19, unchanged: 0 },
      villages: { ...NONE, added: 179, unchanged: 0 },
    });
  });

  it('creates the tenant with its code, name and former codes', async () => {
    const [tenant] = await database.db.select().from(tenants).where(eq(tenants.id, first.tenantId));
    expect(tenant).toMatchObject({ code: '361003', name: '东乡区', formerCodes: ['361029'], isActive: true });
  });

  it('gives 东乡区 its 19 township-level units and 179 villages, visible in its tenant scope only', async () => {
    const [count] = await database.withTenant(first.tenantId, (tx) =>
      tx.select({ n: sql<number>`count(*)::int` }).from(townships),
    );
    expect(count?.n).toBe(19);
    expect(await villagesOf(first.tenantId)).toHaveLength(179);
    expect(await villagesOf('00000000-0000-4000-8000-000000000001')).toHaveLength(0);
  });

  it('holds the four pilot villages, named as villagers say, with pinyin keys', async () => {
    const pilots = (await villagesOf(first.tenantId)).filter((v) =>
      ['361003100209', '361003107207', '361003201201', '361003202208'].includes(v.code),
    );
    expect(pilots.map(({ id, ...v }) => v)).toEqual([
      {
        code: '361003100209',
        name: '新建村',
        township: '孝岗镇',
        sortKey: 'xinjiancun',
        pinyinInitials: 'xjc',
        isRetired: false,
      },
      {
        code: '361003107207',
        name: '潭江村',
        township: '黎圩镇',
        sortKey: 'tanjiangcun',
        pinyinInitials: 'tjc',
        isRetired: false,
      },
      {
        code: '361003201201',
        name: '上杨村',
        township: '邓家乡',
        sortKey: 'shangyangcun',
        pinyinInitials: 'syc',
        isRetired: false,
      },
      {
        code: '361003202208',
        name: '陈桥村',
        township: '虎圩乡',
        sortKey: 'chenqiaocun',
        pinyinInitials: 'cqc',
        isRetired: false,
      },
    ]);
  });

  it('changes nothing the second time, and says so', async () => {
    const before = await villagesOf(first.tenantId);
    const again = await onboardCounty(database, { code: '361003' });
    expect(again).toMatchObject({
      status: 'unchanged',
      isNew: false,
      tenantId: first.tenantId,
      townships: { ...NONE, unchanged: 19 },
      villages: { ...NONE, unchanged: 179 },
    });
    expect(await villagesOf(first.tenantId)).toEqual(before);
  });

  it('renames and retires from a newer source, deleting nothing, and restores from the old one', async () => {
    const reference = await countyDivisions(database.db, '361003');
    const newer = reference
      .filter((d) => d.code !== '361003202208')
      .map((d) => (d.code === '361003107207' ? { ...d, name: '潭江新村村民委员会' } : d));
    const ids = (await villagesOf(first.tenantId)).map((v) => v.id);

    const update = await onboardCounty(database, { code: '361003', source: newer });
    expect(update).toMatchObject({
      status: 'updated',
      townships: { ...NONE, unchanged: 19 },
      villages: { ...NONE, renamed: 1, retired: 1, unchanged: 177 },
    });
    const after = await villagesOf(first.tenantId);
    expect(after.map((v) => v.id)).toEqual(ids);
    expect(after.find((v) => v.code === '361003107207')).toMatchObject({
      name: '潭江新村',
      sortKey: 'tanjiangxincun',
      pinyinInitials: 'tjxc',
      isRetired: false,
    });
    expect(after.find((v) => v.code === '361003202208')).toMatchObject({ name: '陈桥村', isRetired: true });

    const restore = await onboardCounty(database, { code: '361003' });
    expect(restore.villages).toEqual({ ...NONE, renamed: 1, restored: 1, unchanged: 177 });
    expect((await villagesOf(first.tenantId)).filter((v) => v.isRetired)).toEqual([]);
  });

  it('leaves no trace of a county whose onboarding fails half way', async () => {
    const failing = onboardCounty(database, {
      code: '361002',
      onProgress: ({ stage }) => {
        if (stage === 'townships') throw new Error('stopped after the townships');
      },
    });
    await expect(failing).rejects.toThrow('stopped after the townships');
    expect(await database.db.select().from(tenants).where(eq(tenants.code, '361002'))).toEqual([]);
    expect(await database.db.select().from(townships).where(like(townships.code, '361002%'))).toEqual([]);
    expect(await database.db.select().from(villages).where(like(villages.code, '361002%'))).toEqual([]);
  });

  it('onboards that county afterwards in full', async () => {
    const result = await onboardCounty(database, { code: '361002' });
    expect(result).toMatchObject({ status: 'created', name: '临川区', townships: { added: 37 } });
  });

  it('lets concurrent onboardings of one county wait for each other', async () => {
    const runs = await Promise.all([1, 2, 3].map(() => onboardCounty(database, { code: '361021' })));
    expect(runs.map((r) => r.status).sort()).toEqual(['created', 'unchanged', 'unchanged']);
    expect(new Set(runs.map((r) => r.tenantId)).size).toBe(1);
  });

  it.each(['12345', '110000', '999999', '36100x'])(
    'refuses the code %s with an InputError on "code"',
    async (code) => {
      await expect(onboardCounty(database, { code })).rejects.toMatchObject({
        name: 'InputError',
        errors: [{ path: 'code', message: expect.any(String) }],
      });
    },
  );

  it('refuses a source row outside the county, naming it', async () => {
    const source = [{ code: '361002100', name: '上顿渡镇', level: 'township' as const }];
    await expect(onboardCounty(database, { code: '361003', source })).rejects.toMatchObject({
      name: 'InputError',
      errors: [{ path: 'source.0.code', message: '361002100 is not in the county 361003' }],
    });
  });
});
