import { type Database, isUuid, rowsOf } from '@cunshe/db';
import { sql } from 'drizzle-orm';

/** The rows a probe must not change: a whole county, or one township's or village's part of it. */
export interface VictimRows {
  tenantId: string;
  /** Absent: the whole county. Present: rows pointing at these townships, villages or users. */
  part?: { townshipIds: string[]; villageIds: string[]; userIds: string[] } | undefined;
  /**
   * Tables the caller may legitimately change for this county: the platform operator disables and enables
   * a county (its `tenants` row), and that is audited in the county's log. Nothing else.
   */
  mayChange?: readonly string[] | undefined;
}

interface TenantTable {
  name: string;
  columns: string[];
}

function uuidArray(ids: string[]): string {
  if (!ids.every((id) => isUuid(id))) throw new Error('fingerprint: not a UUID');
  return `'{${ids.join(',')}}'::uuid[]`;
}

/** Every tenant-owned table (it has `tenant_id`), with its columns: core and plugin tables alike. */
export async function tenantTables(database: Database): Promise<TenantTable[]> {
  const rows = rowsOf<{ table_name: string; column_name: string }>(
    await database.db.execute(sql`
      select c.table_name, c.column_name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
        and c.table_name in (select table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id')
      order by c.table_name, c.ordinal_position`),
  );
  const tables = new Map<string, string[]>();
  for (const row of rows)
    tables.set(row.table_name, [...(tables.get(row.table_name) ?? []), row.column_name]);
  return [...tables].map(([name, columns]) => ({ name, columns }));
}

function partCondition(table: TenantTable, part: NonNullable<VictimRows['part']>): string | null {
  const conditions: string[] = [];
  const has = (column: string) => table.columns.includes(column);
  if (has('township_id')) conditions.push(`t.township_id = any(${uuidArray(part.townshipIds)})`);
  if (has('village_id')) conditions.push(`t.village_id = any(${uuidArray(part.villageIds)})`);
  if (has('user_id')) conditions.push(`t.user_id = any(${uuidArray(part.userIds)})`);
  if (has('id')) {
    conditions.push(
      `t.id::text = any(${uuidArray([...part.townshipIds, ...part.villageIds, ...part.userIds])}::text[])`,
    );
  }
  if (conditions.length > 0) return conditions.join(' or ');
  // A county-wide table without geography (grants): nobody below the county may change it. The audit log
  // is append-only for the API role, and the caller's own actions legitimately append to it.
  return table.name === 'audit_log' ? null : 'true';
}

/**
 * A digest of every row of the victim: per tenant table (and the county's own `tenants` row), the row count
 * and an MD5 over the rows as JSON. Read in the county's scope, as the API role.
 */
export async function fingerprint(
  database: Database,
  victim: VictimRows,
  tables: TenantTable[],
): Promise<Record<string, string>> {
  return database.withTenant(victim.tenantId, async (tx) => {
    const digest: Record<string, string> = {};
    const queries: [string, string][] = [
      ['tenants', `select * from tenants t where t.id = '${victim.tenantId}'`],
    ];
    for (const table of tables) {
      const condition = victim.part ? partCondition(table, victim.part) : 'true';
      if (condition !== null)
        queries.push([table.name, `select * from "${table.name}" t where ${condition}`]);
    }
    for (const [name, query] of queries.filter(([table]) => !victim.mayChange?.includes(table))) {
      if (!isUuid(victim.tenantId)) throw new Error('fingerprint: not a UUID');
      const [row] = rowsOf<{ n: number; h: string | null }>(
        await tx.execute(
          sql.raw(
            `select count(*)::int as n, md5(string_agg(row_to_json(r)::text, '|' order by row_to_json(r)::text)) as h from (${query}) r`,
          ),
        ),
      );
      digest[name] = `${row?.n ?? 0}:${row?.h ?? ''}`;
    }
    return digest;
  });
}

/** The tables whose digest differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}
