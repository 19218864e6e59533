import type { Database } from '@cunshe/db';
import { divisionAliases, divisions } from '@cunshe/db/schema';
import { ConflictError } from '@cunshe/errors';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { divisionScope } from './division-scope';
import { gb2260Counties } from './gb2260-revisions';
import { matchFormerCode } from './match-former-code';

/** What {@link importFormerCodes} did: how the former codes matched, and how many rows it wrote or removed. */
export interface ImportFormerCodesResult {
  status: 'updated' | 'unchanged';
  formerCodes: number;
  matched: number;
  ambiguous: number;
  unmatched: number;
  written: number;
  removed: number;
}

function sameAlias(
  a: { formerName: string; currentCode: string | null; candidates: string[]; revision: string },
  b: typeof a,
): boolean {
  return (
    a.formerName === b.formerName &&
    a.currentCode === b.currentCode &&
    a.revision === b.revision &&
    a.candidates.join() === b.candidates.join()
  );
}

/**
 * Records the county codes of past GB/T 2260 revisions (npm `gb2260`, 2002-2016) that the current dataset
 * no longer has, in the platform table `division_aliases`: a unique match by prefecture and name stem gets
 * `current_code` (东乡县 361029 -> 东乡区 361003); an ambiguous or missing one gets `current_code = null`
 * and its `candidates` (see `matchFormerCode`). Run it after `importDivisions`. Idempotent: rows already
 * right are not written, and aliases whose code has become current again are removed.
 * `prefixes` limits it to former codes under those prefixes, for a partial `importDivisions`.
 * @throws ConflictError when the reference data has no county in scope (`importDivisions` has not run).
 * @throws InputError (path `prefixes.<i>`) for a prefix that is not digits.
 */
export async function importFormerCodes(
  database: Database,
  options: { prefixes?: readonly string[] | undefined } = {},
): Promise<ImportFormerCodesResult> {
  const scope = divisionScope(options.prefixes);
  const result = await database.withPlatform<ImportFormerCodesResult>(async (tx) => {
    const counties = await tx
      .select({ code: divisions.code, name: divisions.name })
      .from(divisions)
      .where(and(eq(divisions.level, 'county'), scope.where(sql`${divisions.code}`)));
    if (counties.length === 0) {
      throw new ConflictError(
        'The division reference data has no county in scope: run importDivisions first.',
      );
    }
    const current = new Set(counties.map((c) => c.code));
    const computed = gb2260Counties()
      .filter((c) => scope.includes(c.code) && !current.has(c.code))
      .map((c) => ({
        formerCode: c.code,
        formerName: c.name,
        revision: c.revision,
        ...matchFormerCode(c, counties),
      }));
    const stored = new Map(
      (
        await tx
          .select()
          .from(divisionAliases)
          .where(scope.where(sql`${divisionAliases.formerCode}`))
      ).map((a) => [a.formerCode, a]),
    );
    const changed = computed.filter((a) => {
      const old = stored.get(a.formerCode);
      return old === undefined || !sameAlias(a, old);
    });
    for (let i = 0; i < changed.length; i += 1000) {
      await tx
        .insert(divisionAliases)
        .values(changed.slice(i, i + 1000))
        .onConflictDoUpdate({
          target: divisionAliases.formerCode,
          set: {
            formerName: sql`excluded.former_name`,
            currentCode: sql`excluded.current_code`,
            candidates: sql`excluded.candidates`,
            revision: sql`excluded.revision`,
          },
        });
    }
    const keep = new Set(computed.map((a) => a.formerCode));
    const stale = [...stored.keys()].filter((code) => !keep.has(code));
    if (stale.length > 0) await tx.delete(divisionAliases).where(inArray(divisionAliases.formerCode, stale));
    const matched = computed.filter((a) => a.currentCode !== null).length;
    const ambiguous = computed.filter((a) => a.currentCode === null && a.candidates.length > 0).length;
    return {
      status: changed.length + stale.length > 0 ? 'updated' : 'unchanged',
      formerCodes: computed.length,
      matched,
      ambiguous,
      unmatched: computed.length - matched - ambiguous,
      written: changed.length,
      removed: stale.length,
    };
  });
  // Fresh statistics for the planner after a bulk change, as after importing the divisions.
  if (result.status === 'updated') await database.db.execute(sql`analyze division_aliases`);
  return result;
}
