import type { Db, Tx } from '@cunshe/db';
import { divisionAliases, divisions } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { countiesNamed, countiesNearCode, listCounties } from './suggest-counties';

/** A county found by {@link resolveCounty}. */
export interface ResolvedCounty {
  /** The current 6-digit GB/T 2260 code. */
  code: string;
  name: string;
  /** The code as asked for: the current one, or a former one. */
  requestedCode: string;
  isFormerCode: boolean;
  /** Every former code that maps uniquely to this county (see `importFormerCodes`), sorted. */
  formerCodes: string[];
}

const COUNTY_CODE = /^[0-9]{6}$/;
const HAN = /\p{Script=Han}/u;

function invalid(message: string): InputError {
  return new InputError(message, [{ path: 'code', message }]);
}

async function countiesOf(tx: Db | Tx) {
  return tx
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(eq(divisions.level, 'county'))
    .orderBy(asc(divisions.code));
}

async function closestByCode(tx: Db | Tx, code: string): Promise<string> {
  const near = countiesNearCode(await countiesOf(tx), code);
  return near.length > 0 ? ` Closest counties by code: ${listCounties(near)}.` : '';
}

// A municipality's pseudo-prefectures (GB/T 2260's 01 市辖区 and 02 县) are named after their province.
async function areaName(tx: Db | Tx, area: { code: string; name: string; level: string }): Promise<string> {
  if (area.level !== 'city' || (area.name !== '市辖区' && area.name !== '县')) return area.name;
  const [province] = await tx
    .select()
    .from(divisions)
    .where(eq(divisions.code, area.code.slice(0, 2)));
  return `${province?.name ?? ''}${area.name}`;
}

async function explainNonCounty(tx: Db | Tx, code: string): Promise<InputError> {
  const [province] = code.endsWith('0000')
    ? await tx
        .select()
        .from(divisions)
        .where(eq(divisions.code, code.slice(0, 2)))
    : [];
  const [city] = code.endsWith('00')
    ? await tx
        .select()
        .from(divisions)
        .where(eq(divisions.code, code.slice(0, 4)))
    : [];
  const area = province ?? city;
  if (!area) return invalid(`No county has the code ${code}.${await closestByCode(tx, code)}`);
  const counties = (await countiesOf(tx)).filter((c) => c.code.startsWith(area.code)).slice(0, 3);
  const examples = counties.length > 0 ? ` Its counties include ${listCounties(counties)}.` : '';
  return invalid(
    `${code} is the ${area.level}-level code of ${await areaName(tx, area)}, not a county: ` +
      `a tenant is one county-level division.${examples}`,
  );
}

/**
 * Finds the county a 6-digit GB/T 2260 code stands for, current or former (东乡县 361029 resolves to
 * 东乡区 361003 through `division_aliases`). Reads the platform tables `divisions` and `division_aliases`,
 * so it runs in any scope, tenant transactions included. Every error suggests the closest counties: by code
 * (same leading digits, nearest value) or, for text, by name.
 * @throws InputError with `errors: [{ path: 'code', message }]` when the code is malformed (`12345`,
 *   `36100x`), is a province or prefecture (`110000`), is unknown (`999999`), or is a former code that
 *   does not map to exactly one current county (the candidates are listed).
 */
export async function resolveCounty(tx: Db | Tx, input: { code: string }): Promise<ResolvedCounty> {
  const code = input.code.trim();
  if (!COUNTY_CODE.test(code)) {
    const byName = HAN.test(code) ? countiesNamed(await countiesOf(tx), code) : [];
    const hint =
      byName.length > 0
        ? ` Counties with that name: ${listCounties(byName)}.`
        : await closestByCode(tx, code);
    throw invalid(`"${code}" is not a county code: a GB/T 2260 county code is 6 digits.${hint}`);
  }
  const [alias] = await tx.select().from(divisionAliases).where(eq(divisionAliases.formerCode, code));
  const currentCode = alias ? alias.currentCode : code;
  if (alias && currentCode === null) {
    const candidates =
      alias.candidates.length === 0
        ? []
        : await tx
            .select({ code: divisions.code, name: divisions.name })
            .from(divisions)
            .where(inArray(divisions.code, alias.candidates))
            .orderBy(asc(divisions.code));
    const former = `${code} is the former code of ${alias.formerName} (GB/T 2260, last listed in ${alias.revision})`;
    throw invalid(
      candidates.length > 0
        ? `${former}, which matches no single current county. Choose one of: ${listCounties(candidates)}.`
        : `${former}; no current county carries it on.${await closestByCode(tx, code)}`,
    );
  }
  const [county] = await tx
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(and(eq(divisions.code, currentCode ?? code), eq(divisions.level, 'county')));
  if (!county) throw await explainNonCounty(tx, code);
  const formerCodes = await tx
    .select({ code: divisionAliases.formerCode })
    .from(divisionAliases)
    .where(eq(divisionAliases.currentCode, county.code))
    .orderBy(asc(divisionAliases.formerCode));
  return {
    code: county.code,
    name: county.name,
    requestedCode: code,
    isFormerCode: alias !== undefined,
    formerCodes: formerCodes.map((f) => f.code),
  };
}
