import type { Database } from '@cunshe/db';
import { divisionAliases } from '@cunshe/db/schema';
import { createTestDatabase } from '@cunshe/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDivisions } from './import-divisions';
import { type ImportFormerCodesResult, importFormerCodes } from './import-former-codes';

const PREFIXES = ['11', '14', '3610'];
let database: Database;
let first: ImportFormerCodesResult;

async function alias(formerCode: string) {
  const [row] = await database.db
    .select()
    .from(divisionAliases)
    .where(eq(divisionAliases.formerCode, formerCode));
  return row;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importDivisions(database, { prefixes: PREFIXES });
  first = await importFormerCodes(database, { prefixes: PREFIXES });
}, 300_000);

afterAll(async () => {
  await database.close();
});

describe('importFormerCodes', () => {
  it('maps 东乡县 361029 to 东乡区 361003 by prefecture and name stem', async () => {
    expect(await alias('361029')).toEqual({
      formerCode: '361029',
      formerName: '东乡县',
      currentCode: '361003',
      candidates: [],
      revision: '201607',
    });
  });

  it("maps a municipality's county to the district it became (密云县 110228 -> 密云区 110118)", async () => {
    expect(await alias('110228')).toMatchObject({ formerName: '密云县', currentCode: '110118' });
  });

  it('leaves an ambiguous code unmatched and lists the candidates', async () => {
    expect(await alias('140202')).toMatchObject({
      formerName: '城区',
      currentCode: null,
      candidates: ['140302', '140502'],
    });
  });

  it('leaves a merged-away code unmatched without candidates (崇文区 became part of 东城区)', async () => {
    expect(await alias('110103')).toMatchObject({ formerName: '崇文区', currentCode: null, candidates: [] });
  });

  it('never records a code the current dataset still has', async () => {
    expect(await alias('361003')).toBeUndefined();
    expect(await alias('110101')).toBeUndefined();
  });

  it('counts what it found', () => {
    expect(first.status).toBe('updated');
    expect(first.formerCodes).toBe(first.matched + first.ambiguous + first.unmatched);
    expect(first.written).toBe(first.formerCodes);
    expect(first.matched).toBeGreaterThan(0);
  });

  it('changes nothing the second time, and says so', async () => {
    const again = await importFormerCodes(database, { prefixes: PREFIXES });
    expect(again).toEqual({ ...first, status: 'unchanged', written: 0, removed: 0 });
  });

  it('refuses to run before the divisions are imported', async () => {
    const empty = await createTestDatabase();
    await expect(importFormerCodes(empty)).rejects.toMatchObject({ name: 'ConflictError' });
    await empty.close();
  });
});
