import type { Database } from '@cunshe/db';
import { createTestDatabase } from '@cunshe/db/testing';
import type { InputError } from '@cunshe/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDivisions } from './import-divisions';
import { importFormerCodes } from './import-former-codes';
import { resolveCounty } from './resolve-county';

const PREFIXES = ['11', '14', '3610'];
let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  await importDivisions(database, { prefixes: PREFIXES });
  await importFormerCodes(database, { prefixes: PREFIXES });
}, 300_000);

afterAll(async () => {
  await database.close();
});

async function rejection(code: string): Promise<InputError> {
  const error = await resolveCounty(database.db, { code }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: 'InputError', status: 400 });
  const inputError = error as InputError;
  expect(inputError.errors).toEqual([{ path: 'code', message: inputError.message }]);
  return inputError;
}

describe('resolveCounty', () => {
  it('resolves a current code, listing its former codes', async () => {
    expect(await resolveCounty(database.db, { code: '361003' })).toEqual({
      code: '361003',
      name: '东乡区',
      requestedCode: '361003',
      isFormerCode: false,
      formerCodes: ['361029'],
    });
  });

  it('resolves the former code 361029 to 东乡区 361003', async () => {
    expect(await resolveCounty(database.db, { code: '361029' })).toMatchObject({
      code: '361003',
      name: '东乡区',
      requestedCode: '361029',
      isFormerCode: true,
    });
  });

  it('works inside a tenant-scoped transaction', async () => {
    const tenantId = '00000000-0000-4000-8000-000000000001';
    const county = await database.withTenant(tenantId, (tx) => resolveCounty(tx, { code: '361029' }));
    expect(county.code).toBe('361003');
  });

  it('rejects 12345 as malformed and suggests the closest counties by code', async () => {
    const error = await rejection('12345');
    expect(error.message).toContain('"12345" is not a county code: a GB/T 2260 county code is 6 digits.');
    expect(error.message).toMatch(/Closest counties by code: 1101\d\d /);
  });

  it('rejects 36100x as malformed and suggests 361002 临川区 and 361003 东乡区', async () => {
    const error = await rejection('36100x');
    expect(error.message).toContain('Closest counties by code: 361002 临川区, 361003 东乡区.');
  });

  it('rejects 110000 as a province and names some of its counties', async () => {
    const error = await rejection('110000');
    expect(error.message).toBe(
      '110000 is the province-level code of 北京市, not a county: a tenant is one county-level division. ' +
        'Its counties include 110101 东城区, 110102 西城区, 110105 朝阳区.',
    );
  });

  it("names a municipality's pseudo-prefecture after the municipality", async () => {
    const error = await rejection('110100');
    expect(error.message).toContain('110100 is the city-level code of 北京市市辖区, not a county');
  });

  it('rejects 361000 as a prefecture-level city', async () => {
    const error = await rejection('361000');
    expect(error.message).toContain('361000 is the city-level code of 抚州市, not a county');
    expect(error.message).toContain('361002 临川区');
  });

  it('rejects the unknown 999999 and suggests the closest county by code', async () => {
    const error = await rejection('999999');
    expect(error.message).toMatch(/^No county has the code 999999\. Closest counties by code: 361\d{3} /);
  });

  it('rejects an ambiguous former code and lists the candidates', async () => {
    const error = await rejection('140202');
    expect(error.message).toBe(
      '140202 is the former code of 城区 (GB/T 2260, last listed in 201607), which matches no single current ' +
        'county. Choose one of: 140302 城区, 140502 城区.',
    );
  });

  it('rejects a former code nothing carries on, and suggests by code', async () => {
    const error = await rejection('110103');
    expect(error.message).toContain('110103 is the former code of 崇文区');
    expect(error.message).toContain(
      'no current county carries it on. Closest counties by code: 110102 西城区',
    );
  });

  it('suggests counties by name when given a name', async () => {
    const error = await rejection('东乡县');
    expect(error.message).toContain('Counties with that name: 361003 东乡区.');
  });
});
