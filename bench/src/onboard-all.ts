import type { Database } from '@cunshe/db';
import { divisions } from '@cunshe/db/schema';
import {
  type ImportDivisionsResult,
  type ImportFormerCodesResult,
  importDivisions,
  importFormerCodes,
  onboardCounty,
} from '@cunshe/divisions';
import { asc, eq } from 'drizzle-orm';

/** What {@link importReference} did. */
export interface ReferenceImport {
  divisions: ImportDivisionsResult;
  formerCodes: ImportFormerCodesResult;
  ms: number;
}

/** Loads the national division codes and the former GB/T 2260 codes, as the demo's start does. */
export async function importReference(database: Database): Promise<ReferenceImport> {
  const started = performance.now();
  const imported = await importDivisions(database);
  // Both analyse their tables after loading, so onboarding plans with fresh statistics at once.
  const formerCodes = await importFormerCodes(database);
  return { divisions: imported, formerCodes, ms: performance.now() - started };
}

/** Every county-level code of the reference data, in code order. */
export async function countyCodes(database: Database): Promise<string[]> {
  const rows = await database.db
    .select({ code: divisions.code })
    .from(divisions)
    .where(eq(divisions.level, 'county'))
    .orderBy(asc(divisions.code));
  return rows.map((r) => r.code);
}

/** What {@link onboardCounties} did: tenant rows written and the time it took. */
export interface OnboardAllResult {
  counties: number;
  townships: number;
  villages: number;
  ms: number;
  /** Townships and villages written per second. */
  rowsPerSecond: number;
}

/**
 * Onboards many counties with `onboardCounty` (one transaction each, exactly as the CLI and the API do),
 * `concurrency` at a time on the pool's connections, so the JavaScript work of one county (pinyin keys)
 * overlaps with another's inserts in PostgreSQL.
 */
export async function onboardCounties(
  database: Database,
  codes: readonly string[],
  options: { concurrency?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<OnboardAllResult> {
  const started = performance.now();
  const totals = { counties: 0, townships: 0, villages: 0 };
  let next = 0;
  const worker = async () => {
    while (next < codes.length) {
      const code = codes[next++] as string;
      const result = await onboardCounty(database, { code });
      totals.counties += 1;
      totals.townships += result.townships.added;
      totals.villages += result.villages.added;
      options.onProgress?.(totals.counties, codes.length);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  const ms = performance.now() - started;
  return { ...totals, ms, rowsPerSecond: ((totals.townships + totals.villages) / ms) * 1000 };
}
