/**
 * The baseline of the API benchmarks: a bare `node:http` server and postgres.js (pool of 10, as ours),
 * running the very SQL the Cunshe API runs for the same requests (taken from PostgreSQL's statement log):
 * the session lookup, then the village page with its total, or a form submission that opens a service
 * request, with its audit row.
 * `MODE=tx` keeps our transaction shape, written the plain postgres.js way: `sql.begin()`, then
 * `set_config` (platform scope for the session lookup; tenant and role for the rest), the statements,
 * `COMMIT`. `MODE=plain` runs the same statements as single autocommit statements, as the owner, with no
 * transaction and no RLS: the floor. No framework, no validation library, no logging.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import postgres from 'postgres';

const url = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
const isTx = process.env.MODE === 'tx';
if (!url || !port) throw new Error('DATABASE_URL and PORT are required');
const sql = postgres(url, { max: 10, onnotice: () => {} });
type Q = postgres.Sql | postgres.TransactionSql;

interface SessionUser {
  id: string;
  userId: string;
  expiresAt: Date;
  absoluteExpiresAt: Date;
  userTenantId: string;
  displayName: string;
  isDisabled: boolean;
  isTenantActive: boolean | null;
}

const SESSION = /(?:^|;\s*)cunshe_session=([a-z2-7]{32})(?:;|$)/;

/** The API's session lookup (packages/auth/src/validate-session.ts), word for word. */
function lookUpSession(q: Q, id: string) {
  return q<SessionUser[]>`
  select s.id, s.user_id as "userId", s.tenant_id as "tenantId", s.created_at as "createdAt",
    s.expires_at as "expiresAt", s.absolute_expires_at as "absoluteExpiresAt", s.user_agent as "userAgent",
    s.ip_address as "ipAddress", u.tenant_id as "userTenantId", u.username, u.display_name as "displayName",
    u.mobile, u.role, u.township_id as "townshipId", u.village_id as "villageId",
    u.must_change_password as "mustChangePassword", u.is_disabled as "isDisabled",
    t.is_active as "isTenantActive"
  from sessions s
    join users u on u.id = s.user_id
    left join tenants t on t.id = u.tenant_id
  where s.id = ${id}`;
}

async function signedIn(req: IncomingMessage): Promise<SessionUser | null> {
  const token = SESSION.exec(req.headers.cookie ?? '')?.[1];
  if (!token) return null;
  const id = createHash('sha256').update(token).digest('hex');
  const rows = isTx
    ? await sql.begin(async (tx) => {
        await tx`select set_config('app.scope', 'platform', true)`;
        return lookUpSession(tx, id);
      })
    : await lookUpSession(sql, id);
  const row = rows[0];
  const now = Date.now();
  if (!row || row.isDisabled || row.isTenantActive !== true) return null;
  if (now >= row.expiresAt.getTime() || now >= row.absoluteExpiresAt.getTime()) return null;
  return row;
}

/** Runs `fn` in the tenant's transaction (MODE=tx) or straight on the pool (MODE=plain). */
function inTenant<T>(tenantId: string, fn: (q: Q) => Promise<T>): Promise<T> {
  if (!isTx) return fn(sql);
  return sql.begin(async (tx) => {
    await tx`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', 'cunshe_api', true)`;
    return fn(tx);
  }) as Promise<T>;
}

interface VillageRow {
  id: string;
  code: string;
  name: string;
  type: string | null;
  townshipCode: string;
  townshipName: string;
  isRetired: boolean;
}

/** The API's village page with its total (apps/api/src/villages/list-villages.ts), as drizzle sends it. */
async function listVillages(tenantId: string, townshipCode: string, page: number, pageSize: number) {
  return inTenant(tenantId, async (q) => {
    const rows = await q<(VillageRow & { count: string })[]>`
      select "villages"."id", "villages"."code", "villages"."name", "villages"."type",
        "townships"."code" as "townshipCode", "townships"."name" as "townshipName",
        "villages"."is_retired" as "isRetired", count(*) over ()
      from "villages" inner join "townships"
        on ("townships"."tenant_id" = "villages"."tenant_id" and "townships"."id" = "villages"."township_id")
      where ("villages"."tenant_id" = ${tenantId} and "villages"."is_retired" = ${false}
        and "townships"."code" = ${townshipCode})
      order by "villages"."sort_key" asc, "villages"."code" asc limit ${pageSize} offset ${(page - 1) * pageSize}`;
    const items = rows.map(({ count: _, ...item }) => item);
    return { items, total: Number(rows[0]?.count ?? 0), page, pageSize };
  });
}

interface SubmissionBody {
  villageId: string;
  idempotencyKey: string;
  villager: { name: string; phone?: string };
  data: Record<string, unknown>;
}

/** The form document the API records per county (`form_versions`), read once from the API's own row. */
let formDocument: Promise<unknown> | undefined;

/**
 * The API's form submission for a service-request form (apps/api/src/forms/submit-form.ts): the village
 * in scope, the plugin enabled there, the idempotency key unused, the form version recorded, then the
 * submission, the service request and its first timeline entry, and the audit row.
 */
async function submit(user: SessionUser, pluginId: string, formKey: string, body: SubmissionBody) {
  const tenantId = user.userTenantId;
  formDocument ??= sql<{ document: unknown }[]>`
    select "document" from "form_versions" where "plugin_id" = ${pluginId} and "form_key" = ${formKey}
    limit 1`.then(([row]) => row?.document ?? {});
  const document = await formDocument;
  return inTenant(tenantId, async (q) => {
    const [village] = await q<{ id: string }[]>`
      select "id", "tenant_id", "township_id", "name", "type" from "villages"
      where ("villages"."tenant_id" = ${tenantId} and "villages"."id" = ${body.villageId})`;
    if (!village) return null;
    const [enabled] = await q<{ is_enabled: boolean }[]>`
      select "is_enabled" from "village_plugins"
      where ("village_plugins"."tenant_id" = ${tenantId} and "village_plugins"."village_id" = ${village.id}
        and "village_plugins"."plugin_id" = ${pluginId})`;
    if (!enabled?.is_enabled) return null;
    const [replay] = await q`
      select * from "form_submissions"
      where ("form_submissions"."tenant_id" = ${tenantId}
        and "form_submissions"."idempotency_key" = ${body.idempotencyKey})`;
    if (replay) return replay;
    const now = new Date();
    const id = randomUUID();
    const station = `${pluginId}:help-station`;
    await q`
      insert into "form_versions" ("tenant_id", "plugin_id", "form_key", "version", "document", "first_used_at")
      values (${tenantId}, ${pluginId}, ${formKey}, ${1}, ${q.json(document as postgres.JSONValue)}, default)
      on conflict do nothing`;
    const [row] = await q`
      insert into "form_submissions" ("tenant_id", "id", "village_id", "plugin_id", "form_key", "form_version",
        "station", "villager_name", "villager_phone", "data", "sealed_fields", "submitted_by",
        "submitted_by_name", "idempotency_key", "created_at")
      values (${tenantId}, ${id}, ${village.id}, ${pluginId}, ${formKey}, ${1}, ${station},
        ${body.villager.name}, ${body.villager.phone ?? null}, ${q.json(body.data as postgres.JSONValue)},
        ${q.json({})}, ${user.userId}, ${user.displayName}, ${body.idempotencyKey}, ${now})
      returning *`;
    await q`
      insert into "service_requests" ("tenant_id", "id", "village_id", "status", "station", "assignee_id",
        "due_at", "rejection_reason", "closed_at", "version", "created_at", "updated_at")
      values (${tenantId}, ${id}, ${village.id}, default, ${station}, default,
        ${new Date(now.getTime() + 48 * 3_600_000)}, default, default, default, ${now}, ${now})`;
    await q`
      insert into "service_request_events" ("tenant_id", "id", "request_id", "kind", "from_status",
        "to_status", "note", "station", "assignee_id", "assignee_name", "actor_id", "actor_name", "at")
      values (${tenantId}, default, ${id}, 'submitted', default, 'submitted', default, ${station}, default,
        default, ${user.userId}, ${user.displayName}, ${now})`;
    await q`
      insert into "audit_log" ("tenant_id", "id", "at", "actor_id", "actor_name", "action", "entity",
        "entity_id", "before", "after", "request_id")
      values (${tenantId}, default, default, ${user.userId}, ${user.displayName}, 'form.submitted',
        'form-submission', ${id}, null, ${q.json({ pluginId, formKey, formVersion: 1, villageId: village.id, station })},
        ${randomUUID()})`;
    return row ?? null;
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readJson<T>(req: IncomingMessage): Promise<T> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text) as T;
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { pathname, searchParams } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/health') return send(res, 200, { status: 'ok' });
  const user = await signedIn(req);
  if (!user) return send(res, 401, { title: 'Unauthorized' });
  if (req.method === 'GET' && pathname === '/api/villages') {
    const page = Number(searchParams.get('page') ?? 1);
    const pageSize = Number(searchParams.get('pageSize') ?? 20);
    const townshipCode = searchParams.get('townshipCode') ?? '';
    return send(res, 200, await listVillages(user.userTenantId, townshipCode, page, pageSize));
  }
  const form = /^\/api\/forms\/([a-z0-9-]+)\/([a-z0-9-]+)\/submissions$/.exec(pathname);
  if (req.method === 'POST' && form?.[1] && form[2]) {
    const row = await submit(user, form[1], form[2], await readJson<SubmissionBody>(req));
    return row ? send(res, 201, row) : send(res, 404, { title: 'Not Found' });
  }
  send(res, 404, { title: 'Not Found' });
}

createServer((req, res) => {
  handle(req, res).catch((error: unknown) => send(res, 500, { title: String(error) }));
}).listen(port, '127.0.0.1');
