import type { Tx } from '@cunshe/db';
import { townships, villages } from '@cunshe/db/schema';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type DivisionDiff, diffDivisions, type SourceDivision } from './diff-divisions';
import { pinyinKeys } from './pinyin-keys';

/** Counts of one level's changes, as `onboardCounty` reports them. */
export interface ChangeCounts {
  added: number;
  renamed: number;
  retired: number;
  restored: number;
  unchanged: number;
}

const CHUNK = 1000;

function countsOf<T extends SourceDivision>(diff: DivisionDiff<T>): ChangeCounts {
  return {
    added: diff.added.length,
    renamed: diff.renamed.length,
    retired: diff.retired.length,
    restored: diff.restored.length,
    unchanged: diff.unchanged,
  };
}

/**
 * Brings a tenant's townships in line with a source, in the caller's tenant-scoped transaction: adds,
 * renames, restores and retires (never deletes). Answers the counts and the id of every township by code.
 */
export async function syncTownships(
  tx: Tx,
  tenantId: string,
  source: readonly SourceDivision[],
): Promise<{ counts: ChangeCounts; ids: Map<string, string> }> {
  const held = await tx.select().from(townships).where(eq(townships.tenantId, tenantId));
  const ids = new Map(held.map((t) => [t.code, t.id]));
  const diff = diffDivisions(held, source);
  for (let i = 0; i < diff.added.length; i += CHUNK) {
    const rows = diff.added
      .slice(i, i + CHUNK)
      .map((t) => ({ tenantId, code: t.code, name: t.name, sortKey: pinyinKeys(t.name).sortKey }));
    const inserted = await tx
      .insert(townships)
      .values(rows)
      .returning({ id: townships.id, code: townships.code });
    for (const { id, code } of inserted) ids.set(code, id);
  }
  for (const t of [...diff.renamed, ...diff.restored]) {
    await tx
      .update(townships)
      .set({ name: t.name, sortKey: pinyinKeys(t.name).sortKey, isRetired: false, updatedAt: sql`now()` })
      .where(and(eq(townships.tenantId, tenantId), eq(townships.code, t.code)));
  }
  for (let i = 0; i < diff.retired.length; i += CHUNK) {
    await tx
      .update(townships)
      .set({ isRetired: true, updatedAt: sql`now()` })
      .where(
        and(eq(townships.tenantId, tenantId), inArray(townships.code, diff.retired.slice(i, i + CHUNK))),
      );
  }
  return { counts: countsOf(diff), ids };
}

/**
 * Brings a tenant's villages in line with a source the same way as {@link syncTownships}; `townshipIds`
 * gives each village's township by the first 9 digits of its code (the statistics-code structure).
 * @throws Error when a village's township has no id (the source was not checked).
 */
export async function syncVillages(
  tx: Tx,
  tenantId: string,
  source: readonly SourceDivision[],
  townshipIds: ReadonlyMap<string, string>,
): Promise<ChangeCounts> {
  const held = await tx.select().from(villages).where(eq(villages.tenantId, tenantId));
  const diff = diffDivisions(held, source);
  const townshipOf = (code: string) => {
    const id = townshipIds.get(code.slice(0, 9));
    if (id === undefined) throw new Error(`village ${code}: its township ${code.slice(0, 9)} is not held`);
    return id;
  };
  for (let i = 0; i < diff.added.length; i += CHUNK) {
    const rows = diff.added.slice(i, i + CHUNK).map((v) => ({
      tenantId,
      townshipId: townshipOf(v.code),
      code: v.code,
      name: v.name,
      ...pinyinKeys(v.name),
    }));
    await tx.insert(villages).values(rows);
  }
  for (const v of [...diff.renamed, ...diff.restored]) {
    await tx
      .update(villages)
      .set({ name: v.name, ...pinyinKeys(v.name), isRetired: false, updatedAt: sql`now()` })
      .where(and(eq(villages.tenantId, tenantId), eq(villages.code, v.code)));
  }
  for (let i = 0; i < diff.retired.length; i += CHUNK) {
    await tx
      .update(villages)
      .set({ isRetired: true, updatedAt: sql`now()` })
      .where(and(eq(villages.tenantId, tenantId), inArray(villages.code, diff.retired.slice(i, i + CHUNK))));
  }
  return countsOf(diff);
}
