import type { AuditActor } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { villages } from '@cunshe/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import { parseVillageTypes, type VillageTypeRowError } from './parse-village-types';
import { setVillageTypes, type VillageTypeOutcome } from './set-village-types';
import type { VillageScope } from './village-scope';

/** The row-by-row report of an import of village types. */
export interface VillageTypesImportReport {
  /** True when the types were written: not a dry run, and no row was invalid. */
  applied: boolean;
  rows: (Omit<VillageTypeOutcome, 'id'> & { line: number })[];
  errors: VillageTypeRowError[];
}

/**
 * Imports a county's sheet of `code,type` rows (CSV or .xlsx) all-or-nothing: every row is checked (a
 * 12-digit code of a village in the scope, a known type, no code twice); with any invalid row, or for a dry
 * run, nothing is written and the report says what would change. Otherwise all rows are applied in the
 * caller's transaction, each change audited.
 * @throws InputError (field `file`) when the file cannot be read.
 */
export async function importVillageTypes(
  tx: Tx,
  input: {
    scope: VillageScope;
    actor: AuditActor;
    requestId?: string | undefined;
    file: { name: string; content: Buffer };
    isDryRun: boolean;
  },
): Promise<VillageTypesImportReport> {
  const { scope } = input;
  const parsed = await parseVillageTypes(input.file);
  const errors = [...parsed.errors];
  const seen = new Set<string>();
  const rows = parsed.rows.filter((row) => {
    if (!seen.has(row.code)) {
      seen.add(row.code);
      return true;
    }
    errors.push({ line: row.line, code: row.code, message: 'the code appears twice in the file' });
    return false;
  });
  const found =
    rows.length === 0
      ? []
      : await tx
          .select({ code: villages.code, name: villages.name, type: villages.type })
          .from(villages)
          .where(
            and(
              eq(villages.tenantId, scope.tenantId),
              inArray(
                villages.code,
                rows.map((row) => row.code),
              ),
              scope.townshipId ? eq(villages.townshipId, scope.townshipId) : undefined,
              scope.villageId ? eq(villages.id, scope.villageId) : undefined,
            ),
          );
  const byCode = new Map(found.map((village) => [village.code, village]));
  const report: VillageTypesImportReport['rows'] = [];
  for (const row of rows) {
    const village = byCode.get(row.code);
    if (!village) {
      errors.push({ line: row.line, code: row.code, message: 'no village with this code in your scope' });
      continue;
    }
    report.push({
      line: row.line,
      code: row.code,
      name: village.name,
      before: village.type,
      after: row.type,
      isChanged: village.type !== row.type,
    });
  }
  errors.sort((a, b) => a.line - b.line);
  if (input.isDryRun || errors.length > 0 || report.length === 0) {
    return { applied: false, rows: report, errors };
  }
  await setVillageTypes(tx, {
    scope,
    actor: input.actor,
    requestId: input.requestId,
    change: { by: 'code', changes: rows.map(({ code, type }) => ({ code, type })) },
  });
  return { applied: true, rows: report, errors };
}
