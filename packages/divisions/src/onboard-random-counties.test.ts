import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '@cunshe/db';
import { townships, villages } from '@cunshe/db/schema';
import { createTestDatabase } from '@cunshe/db/testing';
import { parse } from 'csv-parse';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDivisionDataset } from './division-dataset';
import { importDivisions } from './import-divisions';
import { onboardCounty } from './onboard-county';

const SEED = 2260;
let database: Database;
let chosen: string[];

// mulberry32: a small seeded generator, so the counties are random but the same on every run.
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Read straight from the dataset's CSV files, independently of the importer.
async function csvCodes(file: string): Promise<string[]> {
  const codes: string[] = [];
  const path = join(chinaDivisionDataset().directory, file);
  for await (const row of createReadStream(path).pipe(parse({ columns: true }))) {
    codes.push((row as { code: string }).code);
  }
  return codes;
}

beforeAll(async () => {
  const counties = (await csvCodes('areas.csv')).filter((code) => code !== '361003');
  const random = seededRandom(SEED);
  chosen = [];
  while (chosen.length < 3) {
    const code = counties[Math.floor(random() * counties.length)];
    if (code !== undefined && !chosen.includes(code)) chosen.push(code);
  }
  console.info(`counties chosen with seed ${SEED}: ${chosen.join(', ')}`);
  database = await createTestDatabase();
  await importDivisions(database, { prefixes: chosen });
}, 300_000);

afterAll(async () => {
  await database.close();
});

describe('onboardCounty on three counties chosen at random', () => {
  it('gives each the townships and villages the source CSV files list for it', async () => {
    const streets = await csvCodes('streets.csv');
    const villageCodes = await csvCodes('villages.csv');
    for (const code of chosen) {
      const expected = {
        townships: streets.filter((c) => c.startsWith(code)).length,
        villages: villageCodes.filter((c) => c.startsWith(code)).length,
      };
      const result = await onboardCounty(database, { code });
      expect(result).toMatchObject({
        status: 'created',
        code,
        townships: { added: expected.townships },
        villages: { added: expected.villages },
      });
      const held = await database.withTenant(result.tenantId, async (tx) => ({
        townships: (await tx.select({ n: sql<number>`count(*)::int` }).from(townships))[0]?.n,
        villages: (await tx.select({ n: sql<number>`count(*)::int` }).from(villages))[0]?.n,
      }));
      console.info(`${code} ${result.name}: ${held.townships} townships, ${held.villages} villages`);
      expect(held).toEqual(expected);
    }
  });
});
