import { API_ROLE } from '@cunshe/db';
import postgres from 'postgres';

/** The village page (with its total) of `GET /api/villages?townshipCode=…`, as the API sends it (see bare-server.ts). */
const LIST_SQL = `
  select "villages"."id", "villages"."code", "villages"."name", "villages"."type",
    "townships"."code", "townships"."name", "villages"."is_retired", count(*) over ()
  from "villages" inner join "townships"
    on ("townships"."tenant_id" = "villages"."tenant_id" and "townships"."id" = "villages"."township_id")
  where ("villages"."tenant_id" = $1 and "villages"."is_retired" = false and "townships"."code" = $2)
  order by "villages"."sort_key" asc, "villages"."code" asc limit 50 offset 0`;

/** Timings of the village list query, per execution, in microseconds (medians). */
export interface RlsCost {
  /** As the API role in a tenant transaction: RLS policies plus the query's own `tenant_id` filter. */
  rlsMicros: number;
  /** As the owner (superuser, so RLS does not apply) with the explicit `WHERE tenant_id` only. */
  ownerMicros: number;
  /** Server-side `EXPLAIN ANALYZE` planning + execution time, same two ways. */
  rlsServerMicros: number;
  ownerServerMicros: number;
  rows: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The county-scoped village query as the API role under RLS against the owner with an explicit
 * `WHERE tenant_id`, on two connections of the same cluster, in alternating blocks so that drift (caches,
 * autovacuum, the other process on the machine) falls on both alike. Client-side time per execution of the
 * prepared statement, and server-side `EXPLAIN ANALYZE` time.
 */
export async function rlsCost(
  url: string,
  input: { tenantId: string; townshipCode: string; iterations: number },
): Promise<RlsCost> {
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  const api = await sql.reserve();
  const owner = await sql.reserve();
  try {
    await api`begin`;
    await api`select set_config('app.tenant_id', ${input.tenantId}, true), set_config('role', ${API_ROLE}, true)`;
    const params = [input.tenantId, input.townshipCode];
    const times = {
      rls: [] as number[],
      owner: [] as number[],
      rlsServer: [] as number[],
      ownerServer: [] as number[],
    };
    let rows = 0;
    const block = 50;
    for (let done = 0; done < input.iterations; done += block) {
      for (const [name, connection] of [
        ['rls', api],
        ['owner', owner],
      ] as const) {
        for (let i = 0; i < block; i++) {
          const started = performance.now();
          const result = await connection.unsafe(LIST_SQL, params, { prepare: true });
          times[name].push((performance.now() - started) * 1000);
          rows = result.length;
        }
        const [plan] = await connection.unsafe<
          { 'QUERY PLAN': [{ 'Planning Time': number; 'Execution Time': number }] }[]
        >(`explain (analyze, format json) ${LIST_SQL}`, params);
        const timing = plan?.['QUERY PLAN'][0];
        if (timing) {
          times[name === 'rls' ? 'rlsServer' : 'ownerServer'].push(
            (timing['Planning Time'] + timing['Execution Time']) * 1000,
          );
        }
      }
    }
    await api`rollback`;
    return {
      rlsMicros: median(times.rls),
      ownerMicros: median(times.owner),
      rlsServerMicros: median(times.rlsServer),
      ownerServerMicros: median(times.ownerServer),
      rows,
    };
  } finally {
    api.release();
    owner.release();
    await sql.end();
  }
}
