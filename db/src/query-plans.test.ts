import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, rowsOf } from './client';
import { createTestDatabase } from './testing';

/**
 * The main list queries of a request, planned as the API role under RLS on realistic row counts, use an
 * index on every tenant table: none reads a whole table of every county (a `Seq Scan`), which would grow
 * with the number of counties onboarded rather than with the county's own size. The planner is left to
 * choose (no `enable_seqscan = off`): 300 synthetic counties of 14 townships and 150 villages each (a
 * county of China has 14 townships and 208 villages on average), 45,000 villages in all, and 100 audit
 * entries per county, analysed. The SQL is what the API sends for `GET /api/villages?townshipCode=…`,
 * `GET /api/townships` and `GET /api/audit` (apps/api/src/villages/list-villages.ts, list-townships.ts,
 * audit/list-audit-entries.ts), taken from PostgreSQL's statement log.
 */

const COUNTIES = 300;
const TOWNSHIPS = 14;
const VILLAGES_PER_TOWNSHIP = 11;
const AUDIT_ENTRIES = 100;

let database: Database;
let tenantTables: Set<string>;
let tenantId: string;
let townshipCode: string;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

/** The plan of `query`, flattened: as the API role in the county's transaction, or as the owner. */
async function planOf(query: ReturnType<typeof sql>, as: 'api' | 'owner' = 'api'): Promise<PlanNode[]> {
  const explain = sql`explain (format json) ${query}`;
  const result = rowsOf<{ 'QUERY PLAN': [{ Plan: PlanNode }] | string }>(
    as === 'api'
      ? await database.withTenant(tenantId, (tx) => tx.execute(explain))
      : await database.db.execute(explain),
  );
  const raw = result[0]?.['QUERY PLAN'];
  const plan = typeof raw === 'string' ? (JSON.parse(raw) as [{ Plan: PlanNode }]) : raw;
  if (!plan?.[0]) throw new Error('EXPLAIN gave no plan');
  return nodesOf(plan[0].Plan);
}

function seqScansOnTenantTables(nodes: PlanNode[]): string[] {
  return nodes
    .filter((n) => n['Node Type'] === 'Seq Scan' && tenantTables.has(n['Relation Name'] ?? ''))
    .map((n) => `Seq Scan on ${n['Relation Name']}`);
}

beforeAll(async () => {
  database = await createTestDatabase();
  // Set-based inserts as the owner: the rows' content does not matter, their number and spread do.
  await database.db.execute(sql`
    insert into tenants (code, name)
    select (700000 + n)::text, '县' || n from generate_series(1, ${COUNTIES}) n`);
  await database.db.execute(sql`
    insert into townships (tenant_id, code, name, sort_key)
    select t.id, t.code || lpad(n::text, 3, '0'), '镇' || n, 'zhen' || lpad(n::text, 3, '0')
    from tenants t cross join generate_series(1, ${TOWNSHIPS}) n`);
  await database.db.execute(sql`
    insert into villages (tenant_id, township_id, code, name, sort_key, pinyin_initials, type)
    select s.tenant_id, s.id, s.code || lpad(n::text, 3, '0'), '村' || n, 'cun' || md5(s.code || n),
      'c' || n, (array['industrial', 'suburban', null]::village_type[])[1 + n % 3]
    from townships s cross join generate_series(1, ${VILLAGES_PER_TOWNSHIP}) n`);
  await database.db.execute(sql`
    insert into audit_log (tenant_id, at, action, entity, entity_id)
    select t.id, now() - n * interval '1 hour', 'village.type-changed', 'village', n::text
    from tenants t cross join generate_series(1, ${AUDIT_ENTRIES}) n`);
  await database.db.execute(sql`analyze`);
  const tables = rowsOf<{ table_name: string }>(
    await database.db.execute(sql`
      select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'tenant_id'`),
  );
  tenantTables = new Set(tables.map((t) => t.table_name));
  const [county] = rowsOf<{ id: string; code: string }>(
    await database.db.execute(sql`select id, code from tenants order by code offset ${COUNTIES / 2} limit 1`),
  );
  if (!county) throw new Error('no county');
  tenantId = county.id;
  townshipCode = `${county.code}007`;
}, 120_000);

afterAll(async () => {
  await database?.close();
});

const villagesOfTownship = (what: ReturnType<typeof sql>, tail: ReturnType<typeof sql>) => sql`
  select ${what} from "villages" inner join "townships"
    on ("townships"."tenant_id" = "villages"."tenant_id" and "townships"."id" = "villages"."township_id")
  where ("villages"."tenant_id" = ${tenantId} and "villages"."is_retired" = ${false}
    and "townships"."code" = ${townshipCode}) ${tail}`;

describe('query plans of the main lists, as the API role under RLS', () => {
  it('village list by township, in pinyin order, one page with its total: no sequential scan of a tenant table', async () => {
    const page = await planOf(
      villagesOfTownship(
        sql`"villages"."id", "villages"."code", "villages"."name", "villages"."type", "townships"."code",
          "townships"."name", "villages"."is_retired", count(*) over ()`,
        sql`order by "villages"."sort_key" asc, "villages"."code" asc limit ${50} offset ${0}`,
      ),
    );
    expect(seqScansOnTenantTables(page)).toEqual([]);
    expect(page.some((n) => n['Relation Name'] === 'villages' && n['Index Name'])).toBe(true);
  });

  it('village list of the whole county, in pinyin order, one page: no sequential scan', async () => {
    const nodes = await planOf(sql`
      select "villages"."id", "villages"."name", "townships"."code", count(*) over () from "villages"
        inner join "townships"
        on ("townships"."tenant_id" = "villages"."tenant_id" and "townships"."id" = "villages"."township_id")
      where ("villages"."tenant_id" = ${tenantId} and "villages"."is_retired" = ${false})
      order by "villages"."sort_key" asc, "villages"."code" asc limit ${20} offset ${0}`);
    expect(seqScansOnTenantTables(nodes)).toEqual([]);
  });

  it('townships with village counts by type: no sequential scan', async () => {
    const nodes = await planOf(sql`
      select "townships"."id", "townships"."code", "townships"."name", "villages"."type", count("villages"."id")
      from "townships" left join "villages"
        on ("villages"."tenant_id" = "townships"."tenant_id" and "villages"."township_id" = "townships"."id"
          and "villages"."is_retired" = ${false})
      where ("townships"."tenant_id" = ${tenantId} and "townships"."is_retired" = ${false})
      group by "townships"."id", "townships"."code", "townships"."name", "townships"."sort_key", "villages"."type"
      order by "townships"."sort_key" asc`);
    expect(seqScansOnTenantTables(nodes)).toEqual([]);
  });

  it('audit log, newest first, one page and its count: no sequential scan', async () => {
    const page = await planOf(sql`
      select * from "audit_log" where "audit_log"."tenant_id" = ${tenantId}
      order by "audit_log"."at" desc, "audit_log"."id" desc limit ${20} offset ${0}`);
    const count = await planOf(
      sql`select count(*) from "audit_log" where "audit_log"."tenant_id" = ${tenantId}`,
    );
    expect(seqScansOnTenantTables([...page, ...count])).toEqual([]);
  });

  it('would report a sequential scan (the check is not vacuous)', async () => {
    // Without a county (the owner, outside RLS) and filtered on a column no index leads with, every
    // county's villages must be read.
    const nodes = await planOf(
      sql`select count(*) from "villages" where "villages"."name" like ${'%村1%'}`,
      'owner',
    );
    expect(seqScansOnTenantTables(nodes)).toEqual(['Seq Scan on villages']);
  });
});
