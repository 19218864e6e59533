import { API_ROLE, type Database, type Tx } from '@cunshe/db';
import { tenants } from '@cunshe/db/schema';
import { ConflictError } from '@cunshe/errors';
import { eq, inArray, sql } from 'drizzle-orm';
import { lockFor } from './advisory-lock';
import { type CountyDivision, checkCountySource, countyDivisions } from './county-divisions';
import { type ResolvedCounty, resolveCounty } from './resolve-county';
import { type ChangeCounts, syncTownships, syncVillages } from './sync-county-divisions';
import { villageName } from './village-name';

/** Progress of {@link onboardCounty}: a stage is done, with how many source rows it covered. */
export interface OnboardProgress {
  stage: 'tenant' | 'townships' | 'villages';
  rows: number;
}

/** Options of {@link onboardCounty}. */
export interface OnboardCountyOptions {
  /** The county's 6-digit GB/T 2260 code, current or former. */
  code: string;
  /** Called after each stage, inside the transaction: a throw rolls the whole onboarding back. */
  onProgress?: ((progress: OnboardProgress) => void | Promise<void>) | undefined;
  /**
   * The county's townships and villages to apply instead of the reference tables (see `countyDivisions`),
   * e.g. a newer release or a test's edited copy. Rows outside the county are an error.
   */
  source?: readonly CountyDivision[] | undefined;
}

/** What {@link onboardCounty} did. `status` is `unchanged` when nothing was written at all. */
export interface OnboardCountyResult {
  status: 'created' | 'updated' | 'unchanged';
  isNew: boolean;
  tenantId: string;
  code: string;
  name: string;
  formerCodes: string[];
  townships: ChangeCounts;
  villages: ChangeCounts;
}

// A tenant onboarded under a code that has since been replaced (DESIGN.md tenancy rule 1) is the same county:
// it takes the current code and keeps the old one among its former codes.
async function upsertTenant(tx: Tx, county: ResolvedCounty) {
  const held = await tx
    .select()
    .from(tenants)
    .where(inArray(tenants.code, [county.code, ...county.formerCodes]));
  if (held.length > 1) {
    throw new ConflictError(
      `The tenants ${held.map((t) => t.code).join(', ')} all stand for ${county.code} ${county.name}; ` +
        'merge them before onboarding it again.',
    );
  }
  const [tenant] = held;
  const formerCodes = [
    ...new Set([...(tenant?.formerCodes ?? []), ...county.formerCodes, ...(tenant ? [tenant.code] : [])]),
  ]
    .filter((c) => c !== county.code)
    .sort();
  if (!tenant) {
    const [created] = await tx
      .insert(tenants)
      .values({ code: county.code, name: county.name, formerCodes })
      .returning();
    if (!created) throw new Error('tenants: the insert returned no row');
    return { tenant: created, isNew: true, isChanged: true };
  }
  const isSame =
    tenant.code === county.code &&
    tenant.name === county.name &&
    tenant.formerCodes.join() === formerCodes.join();
  if (isSame) return { tenant, isNew: false, isChanged: false };
  const [updated] = await tx
    .update(tenants)
    .set({ code: county.code, name: county.name, formerCodes, updatedAt: sql`now()` })
    .where(eq(tenants.id, tenant.id))
    .returning();
  if (!updated) throw new Error('tenants: the update returned no row');
  return { tenant: updated, isNew: false, isChanged: true };
}

function hasChanges(counts: ChangeCounts): boolean {
  return counts.added + counts.renamed + counts.retired + counts.restored > 0;
}

/**
 * Onboards a county as a tenant, or brings an onboarded one up to date, in ONE transaction: resolves the code
 * (`resolveCounty`: 361029 onboards 东乡区 361003), creates or updates the `tenants` row as the owner (a
 * tenant held under a former code takes the current one), then
 * switches the same transaction to the tenant's scope (`app.tenant_id` and the API role, exactly as
 * `withTenant` does, so RLS checks every row written) and syncs its townships (9 digits) and villages
 * (12 digits) from the reference tables or `source`: added, renamed, restored, or retired (`is_retired`)
 * when vanished; nothing is ever deleted. Villages take the name they go by (`villageName`: 潭江村委会 ->
 * 潭江村) and pinyin keys (`pinyinKeys`: `tanjiangcun`, `tjc`). All or nothing; running it again with the
 * same source writes nothing and answers `status: 'unchanged'`; concurrent runs for one county wait for each
 * other (an advisory lock). A disabled tenant stays disabled.
 * @throws InputError with path `code` when the code does not resolve to one county (see `resolveCounty`).
 * @throws InputError with path `source.<i>.code` when a source row does not belong to the county.
 * @throws ConflictError when several tenants stand for the county (under its current and a former code).
 */
export async function onboardCounty(
  database: Database,
  { code, onProgress, source }: OnboardCountyOptions,
): Promise<OnboardCountyResult> {
  return database.db.transaction(async (tx) => {
    const county = await resolveCounty(tx, { code });
    await lockFor(tx, `onboard-county:${county.code}`);
    const rows = source ?? (await countyDivisions(tx, county.code));
    checkCountySource(county.code, rows);
    const { tenant, isNew, isChanged } = await upsertTenant(tx, county);
    await onProgress?.({ stage: 'tenant', rows: 1 });
    await tx.execute(
      sql`select set_config('app.tenant_id', ${tenant.id}, true), set_config('role', ${API_ROLE}, true)`,
    );
    const townshipRows = rows
      .filter((r) => r.level === 'township')
      .map((r) => ({ code: r.code, name: r.name.trim().normalize('NFC') }));
    const townships = await syncTownships(tx, tenant.id, townshipRows);
    await onProgress?.({ stage: 'townships', rows: townshipRows.length });
    const villageRows = rows
      .filter((r) => r.level === 'village')
      .map((r) => ({ code: r.code, name: villageName(r.name) }));
    const villages = await syncVillages(tx, tenant.id, villageRows, townships.ids);
    await onProgress?.({ stage: 'villages', rows: villageRows.length });
    const isUpdated = isChanged || hasChanges(townships.counts) || hasChanges(villages);
    return {
      status: isNew ? 'created' : isUpdated ? 'updated' : 'unchanged',
      isNew,
      tenantId: tenant.id,
      code: tenant.code,
      name: tenant.name,
      formerCodes: tenant.formerCodes,
      townships: townships.counts,
      villages,
    };
  });
}
