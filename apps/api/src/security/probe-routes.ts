import type { Database } from '@cunshe/db';
import { fillPath, openApiPath, pathParams, type RegisteredRoute } from './registered-routes';
import {
  bodyOf,
  type OpenApiDocument,
  pathValue,
  queryOf,
  type SlotKind,
  type SlotValues,
  slotKindsOf,
} from './request-samples';
import { changedTables, fingerprint, tenantTables, type VictimRows } from './scope-fingerprint';

/** Someone the caller must not reach: their rows, and the strings that would betray their data. */
export interface Victim {
  label: string;
  rows: VictimRows;
  /** Strings that must not appear in any response to the caller: ids, names, login names, mobiles. */
  markers: string[];
  /** Values to put into the caller's requests, by slot kind: ids, division codes, names. */
  candidates: Record<SlotKind, string[]>;
}

/** A caller: how to get a fresh session token (undefined: no session), and whom it must not reach. */
export interface Principal {
  label: string;
  session: () => Promise<string | undefined>;
  victims: Victim[];
}

/** Something a probe found: a leak, a changed row, a crash, or a route open without a session. */
export interface Finding {
  /** `leak`: another scope's data in a response; `change`: another scope's rows changed; `open`: answered
   * without a session; `crash`: a 5xx (no leak seen, but the route fails on another scope's ids). */
  kind: 'leak' | 'change' | 'open' | 'crash';
  principal: string;
  route: string;
  request: string;
  problem: string;
}

/** What a run of probes did and found. */
export interface ProbeReport {
  probes: number;
  routes: number;
  findings: Finding[];
  /** How often each status answered, per `principal | METHOD path` (to see what the probes reached). */
  statuses: Record<string, Record<number, number>>;
}

interface Requester {
  request: (input: string, init?: RequestInit) => Response | Promise<Response>;
}

const NEUTRAL: SlotValues = { uuid: '00000000-0000-4000-8000-000000000000', code: '000000000000', text: '' };
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** One request of a probe: where, with which body, and the candidate value it carries ('' for none). */
export interface ProbeRequest {
  url: string;
  path: string;
  body: unknown;
  value: string;
}

/**
 * The requests that probe one route with the given candidates: for each slot kind the route has (path
 * parameters, query parameters, body fields, read from the OpenAPI document), one request per candidate
 * of that kind, the other slots holding harmless values. A route without slots gets one request.
 */
export function probeRequests(
  openapi: OpenApiDocument,
  route: RegisteredRoute,
  candidates: Record<SlotKind, string[]>[],
): ProbeRequest[] {
  const docPath = openApiPath(route.path);
  const kinds = slotKindsOf(openapi, route.method, docPath, pathParams(route.path));
  const plans: { kind: SlotKind | null; value: string }[] = [];
  for (const kind of kinds) {
    for (const set of candidates) for (const value of set[kind]) plans.push({ kind, value });
  }
  if (plans.length === 0) plans.push({ kind: null, value: '' });
  return plans.map(({ kind, value }) => {
    const values: SlotValues = kind ? { ...NEUTRAL, [kind]: value } : NEUTRAL;
    const path = fillPath(route.path, (name) =>
      pathValue(openapi, route.method, docPath, name, values, kind ?? 'uuid'),
    );
    const url = `${path}${queryOf(openapi, route.method, docPath, values)}`;
    const body =
      bodyOf(openapi, route.method, docPath, values) ?? (WRITES.has(route.method) ? {} : undefined);
    return { url, path, body, value };
  });
}

/**
 * Calls every route as every principal, once per candidate value of each slot kind the route has (path
 * parameters, query parameters, body fields), and reports any response that contains a victim's marker
 * (`leak`), any change to a victim's rows (`change`: digests around each writing route, and around all the
 * GET routes together, which must change nothing), any route other than `publicRoutes` that does not answer
 * 401 to a caller without a session (`open`), and any 5xx (`crash`).
 */
export async function probeRoutes(input: {
  app: Requester;
  database: Database;
  routes: RegisteredRoute[];
  openapi: OpenApiDocument;
  principals: Principal[];
  publicRoutes: ReadonlySet<string>;
  /**
   * A GET route that answers 200 to a valid session. Checked with each route's fresh session, so that a
   * refusal is the route's doing and not a session made useless by an earlier probe (a disabled county).
   */
  sessionCheck?: string | undefined;
}): Promise<ProbeReport> {
  const { app, database, openapi } = input;
  const tables = await tenantTables(database);
  const findings: Finding[] = [];
  const statuses: ProbeReport['statuses'] = {};
  let probes = 0;
  // Reads first: they are fingerprinted together, since none of them may change anything.
  const routes = [...input.routes].sort((a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET'));
  const digests = (principal: Principal) =>
    Promise.all(principal.victims.map((v) => fingerprint(database, v.rows, tables)));
  const compare = (
    principal: Principal,
    route: string,
    before: Record<string, string>[],
    after: Record<string, string>[],
  ) =>
    principal.victims.forEach((victim, i) => {
      const changed = changedTables(before[i] ?? {}, after[i] ?? {});
      if (changed.length > 0) {
        findings.push({
          kind: 'change',
          principal: principal.label,
          route,
          request: '',
          problem: `changed ${victim.label}'s rows in ${changed.join(', ')}`,
        });
      }
    });

  for (const principal of input.principals) {
    const readsBefore = await digests(principal);
    let isReading = true;
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      if (isReading && route.method !== 'GET') {
        compare(principal, 'GET routes (together)', readsBefore, await digests(principal));
        isReading = false;
      }
      // One fresh session per route: a probe may end it (logout), never for the next route.
      const token = await principal.session();
      if (input.sessionCheck && token) {
        const check = await app.request(`http://localhost${input.sessionCheck}`, {
          headers: { cookie: `cunshe_session=${token}` },
        });
        if (check.status !== 200) {
          findings.push({
            kind: 'open',
            principal: principal.label,
            route: key,
            request: `GET ${input.sessionCheck}`,
            problem: `the principal's session no longer works (${check.status}); an earlier probe changed it`,
          });
        }
      }
      const before = isReading ? [] : await digests(principal);
      for (const { url, path, body, value } of probeRequests(
        openapi,
        route,
        principal.victims.map((v) => v.candidates),
      )) {
        const headers: Record<string, string> = {};
        if (token) headers.cookie = `cunshe_session=${token}`;
        if (body !== undefined) headers['content-type'] = 'application/json';
        const res = await app.request(`http://localhost${url}`, {
          method: route.method,
          headers,
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        });
        probes++;
        const counts = statuses[`${principal.label} | ${key}`] ?? {};
        counts[res.status] = (counts[res.status] ?? 0) + 1;
        statuses[`${principal.label} | ${key}`] = counts;
        const request = `${route.method} ${url}${body !== undefined ? ` ${JSON.stringify(body)}` : ''}`;
        const report = (kind: Finding['kind'], problem: string) =>
          findings.push({ kind, principal: principal.label, route: key, request, problem });
        if (res.status >= 500) report('crash', `answered ${res.status}`);
        if (!token && !input.publicRoutes.has(key) && res.status !== 401) {
          report('open', `answered ${res.status} without a session (expected 401)`);
        }
        // What the caller sent may come back (problem+json names the path); only other data is a leak.
        let text = await res.text();
        for (const sent of [url, path, decodeURIComponent(path), value]) {
          if (sent) text = text.replaceAll(sent, '');
        }
        for (const victim of principal.victims) {
          const leaked = victim.markers.filter((marker) => text.includes(marker));
          if (leaked.length > 0)
            report('leak', `returned ${victim.label}'s data: ${leaked.slice(0, 5).join(', ')}`);
        }
      }
      if (!isReading) compare(principal, key, before, await digests(principal));
    }
    if (isReading) compare(principal, 'GET routes (together)', readsBefore, await digests(principal));
  }
  return { probes, routes: routes.length, findings, statuses };
}
