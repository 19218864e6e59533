import { auditLog, formSubmissions, open311ApiKeys, serviceRequests } from '@cunshe/db/schema';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errandsStatusLog } from '../forms/fixtures/errands-plugin';
import { createFormsWorld, type FormsWorld, read } from '../forms/forms-test-kit';
import {
  open311Errors,
  open311Receipt,
  open311Request,
  open311Service,
  open311ServiceDefinition,
} from './open311-schemas';

let world: FormsWorld;
let villageCode: string;
let otherCountyVillageCode: string;
let keyA: { id: string; secret: string };
let keyB: { id: string; secret: string };

const A = '990101';
const B = '990102';
const ID_NUMBER = '11010519491231002X';
const NAME = { first: '三丰', last: '张' };
const PHONE = '13812345678';

const get = (path: string, headers: Record<string, string> = {}) => world.host.app.request(path, { headers });

function form(fields: Record<string, string | string[]>): string {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  }
  return body.toString();
}

function file(fields: Record<string, string | string[]>, headers: Record<string, string> = {}) {
  return world.host.app.request('/open311/v2/requests.json', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: form(fields),
  });
}

const valid = (secret: string, extra: Record<string, string> = {}) => ({
  api_key: secret,
  jurisdiction_id: A,
  service_code: 'errands.insurance',
  address_id: villageCode,
  first_name: NAME.first,
  last_name: NAME.last,
  phone: PHONE,
  description: '帮忙缴纳明年的医保',
  'attribute[idNumber]': ID_NUMBER.toLowerCase(),
  'attribute[grade]': 'grade-2',
  'attribute[people]': '3',
  ...extra,
});

async function issue(user: 'countyAdmin' | 'otherCountyAdmin', name: string) {
  const res = await read<{ key: { id: string }; secret: string }>(
    world.users[user].request('/api/open311/keys', { method: 'POST', json: { name } }),
  );
  expect(res.status).toBe(201);
  return { id: res.body.key.id, secret: res.body.secret };
}

async function requestsOf(tenantId: string) {
  return world.host.database.withTenant(tenantId, (tx) =>
    tx.select({ id: serviceRequests.id }).from(serviceRequests),
  );
}

beforeAll(async () => {
  world = await createFormsWorld();
  villageCode = `${A}100201`;
  otherCountyVillageCode = `${B}100201`;
  keyA = await issue('countyAdmin', '12345 市民热线');
  keyB = await issue('otherCountyAdmin', '乙县热线');
}, 120_000);
afterAll(() => world.close());

describe('Open311 API keys', () => {
  it('shows the secret once, keeps only its hash, and lists keys without it', async () => {
    expect(keyA.secret).toMatch(/^o311_[A-Za-z0-9_-]{43}$/);
    const listed = await read<{ items: Record<string, unknown>[] }>(
      world.users.countyAdmin.request('/api/open311/keys'),
    );
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((k) => k.name)).toEqual(['12345 市民热线']);
    expect(listed.body.items[0]).toMatchObject({ secretHint: keyA.secret.slice(-4), revokedAt: null });
    expect(JSON.stringify(listed.body)).not.toContain(keyA.secret);
    const [row] = await world.host.database.withTenant(world.host.county.tenantId, (tx) =>
      tx.select().from(open311ApiKeys).where(eq(open311ApiKeys.id, keyA.id)),
    );
    expect(row?.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(keyA.secret);
    const audit = await world.host.database.withTenant(world.host.county.tenantId, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.entityId, keyA.id)),
    );
    expect(audit.map((a) => a.action)).toEqual(['open311-key.issued']);
    expect(JSON.stringify(audit)).not.toContain(keyA.secret);
  });

  it('is managed by county admins only, each in their own county', async () => {
    for (const user of ['staff', 'villageAdmin', 'townshipAdmin', 'viewer'] as const) {
      expect((await world.users[user].request('/api/open311/keys')).status).toBe(403);
      const issued = await world.users[user].request('/api/open311/keys', {
        method: 'POST',
        json: { name: 'x' },
      });
      expect(issued.status).toBe(403);
    }
    const other = await read<{ items: { id: string }[] }>(
      world.users.otherCountyAdmin.request('/api/open311/keys'),
    );
    expect(other.body.items.map((k) => k.id)).toEqual([keyB.id]);
    const revoke = await world.users.otherCountyAdmin.request(`/api/open311/keys/${keyA.id}/revoke`, {
      method: 'POST',
    });
    expect(revoke.status).toBe(404);
    const empty = await read<{ errors: { path: string }[] }>(
      world.users.countyAdmin.request('/api/open311/keys', { method: 'POST', json: { name: ' ' } }),
    );
    expect(empty.status).toBe(400);
    expect(empty.body.errors.map((e) => e.path)).toEqual(['name']);
  });
});

describe('the Open311 endpoints answer the GeoReport v2 shapes', () => {
  it('serves the catalogue of the county in zh-CN, or in English when asked', async () => {
    const zh = await read<unknown>(get(`/open311/v2/services.json?jurisdiction_id=${A}`));
    expect(zh.status).toBe(200);
    const services = open311Service.array().parse(zh.body);
    expect(services).toEqual([
      {
        service_code: 'errands.insurance',
        service_name: '城乡居民医保缴费',
        description: '城乡居民医保缴费',
        metadata: true,
        type: 'realtime',
        keywords: '便民代办,医保服务点',
        group: '医保服务点',
      },
    ]);
    const en = open311Service
      .array()
      .parse(
        await (
          await get(`/open311/v2/services.json?jurisdiction_id=${A}`, { 'accept-language': 'en' })
        ).json(),
      );
    expect(en[0]).toMatchObject({
      service_name: 'Rural medical insurance payment',
      group: 'Medical insurance point',
    });
  });

  it("defines a service's attributes from its form's fields", async () => {
    const res = await read<unknown>(get(`/open311/v2/services/errands.insurance.json?jurisdiction_id=${A}`));
    expect(res.status).toBe(200);
    const definition = open311ServiceDefinition.parse(res.body);
    expect(definition.service_code).toBe('errands.insurance');
    expect(definition.attributes.map((a) => [a.code, a.datatype, a.required, a.order])).toEqual([
      ['idNumber', 'string', true, 1],
      ['grade', 'singlevaluelist', true, 2],
      ['people', 'number', true, 3],
      ['note', 'text', false, 4],
    ]);
    expect(definition.attributes[1]?.values).toEqual([
      { key: 'grade-1', name: '一档（380 元）' },
      { key: 'grade-2', name: '二档（480 元）' },
    ]);
    expect(definition.attributes[1]?.description).toBe('缴费档次');
    expect(definition.attributes[2]?.datatype_description).toBe('人');
  });

  it("are listed in the API's OpenAPI document", async () => {
    const doc = (await (await get('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/open311/v2/services.json',
        '/open311/v2/services/{service_code}.json',
        '/open311/v2/requests.json',
        '/open311/v2/requests/{service_request_id}.json',
        '/api/open311/keys',
        '/api/open311/keys/{id}/revoke',
      ]),
    );
  });

  it('answers unknown jurisdictions, services and paths in the Open311 error shape', async () => {
    for (const [path, status] of [
      ['/open311/v2/services.json?jurisdiction_id=999999', 404],
      ['/open311/v2/services.json?jurisdiction_id=abc', 404],
      ['/open311/v2/services.json', 400],
      [`/open311/v2/services/errands.volunteer.json?jurisdiction_id=${A}`, 404],
      [`/open311/v2/services/errands.insurance.xml?jurisdiction_id=${A}`, 404],
      [`/open311/v2/requests/not-a-request.json?jurisdiction_id=${A}`, 404],
      ['/open311/v2/tokens/x.json', 404],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(status);
      const errors = open311Errors.parse(await res.json());
      expect(errors[0]?.code, path).toBe(status);
    }
  });
});

describe('filing through Open311', () => {
  it('files with a valid key: one service request at its station, the hook, the audit row; a retry makes no second', async () => {
    const tenantId = world.host.county.tenantId;
    const before = (await requestsOf(tenantId)).length;
    const first = await file(valid(keyA.secret), { 'idempotency-key': 'hotline-0001' });
    expect(first.status).toBe(201);
    const [receipt] = open311Receipt.parse(await first.json());
    expect(receipt?.account_id).toBeNull();
    expect(receipt?.service_notice).toContain('医保服务点');
    const id = receipt?.service_request_id ?? '';
    const [stored] = await world.host.database.withTenant(tenantId, (tx) =>
      tx.select({ dueAt: serviceRequests.dueAt }).from(serviceRequests).where(eq(serviceRequests.id, id)),
    );
    // The due time as a villager in China reads it (UTC+8), not an ISO instant in UTC.
    const inChina = new Date((stored?.dueAt?.getTime() ?? 0) + 8 * 3600_000).toISOString();
    expect(receipt?.service_notice).toContain(
      `应于 ${inChina.slice(0, 10)} ${inChina.slice(11, 16)}（北京时间）前办结`,
    );

    const retry = await file(valid(keyA.secret), { 'idempotency-key': 'hotline-0001' });
    expect(retry.status).toBe(200);
    expect(open311Receipt.parse(await retry.json())[0]?.service_request_id).toBe(id);
    expect((await requestsOf(tenantId)).length).toBe(before + 1);
    const tooLong = await file(valid(keyA.secret), { 'idempotency-key': 'x'.repeat(201) });
    expect(open311Errors.parse(await tooLong.json())[0]?.description).toMatch(/^idempotency_key:/);

    const { submission, request, audit, hook } = await world.host.database.withTenant(
      tenantId,
      async (tx) => ({
        submission: (await tx.select().from(formSubmissions).where(eq(formSubmissions.id, id)))[0],
        request: (await tx.select().from(serviceRequests).where(eq(serviceRequests.id, id)))[0],
        audit: await tx
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'form.submitted'))),
        hook: await tx.select().from(errandsStatusLog).where(eq(errandsStatusLog.submissionId, id)),
      }),
    );
    expect(submission).toMatchObject({
      villageId: world.village,
      villagerName: '张三丰',
      villagerPhone: PHONE,
      station: 'errands:medical-point',
      submittedByName: 'Open311 · 12345 市民热线',
    });
    expect(request?.status).toBe('submitted');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorName).toBe('Open311 · 12345 市民热线');
    expect(hook.map((h) => h.change)).toEqual(['none->submitted']);

    const detail = await read<{ events: { note: string | null }[] }>(
      world.users.staff.request(`/api/service-requests/${id}`),
    );
    expect(detail.body.events.map((e) => e.note)).toEqual([null, '帮忙缴纳明年的医保']);
    const [key] = await world.host.database.withTenant(tenantId, (tx) =>
      tx.select().from(open311ApiKeys).where(eq(open311ApiKeys.id, keyA.id)),
    );
    expect(key?.lastUsedAt).not.toBeNull();
  });

  it('accepts JSON bodies with an attribute object', async () => {
    const res = await world.host.app.request('/open311/v2/requests.json', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        api_key: keyA.secret,
        jurisdiction_id: A,
        service_code: 'errands.insurance',
        address_id: villageCode,
        first_name: 'Li',
        last_name: 'Lei',
        attribute: { idNumber: ID_NUMBER, grade: 'grade-1', people: 2 },
      }),
    });
    expect(res.status).toBe(201);
    open311Receipt.parse(await res.json());
  });

  it("names the invalid field with the form's own rules, in the Open311 error shape", async () => {
    const res = await file(
      valid(keyA.secret, { 'attribute[grade]': 'grade-9', 'attribute[people]': 'many' }),
    );
    expect(res.status).toBe(400);
    const errors = open311Errors.parse(await res.json());
    expect(errors.map((e) => e.description.split(':')[0])).toEqual(['attribute[grade]', 'attribute[people]']);
    expect(errors.every((e) => e.code === 400)).toBe(true);

    const unknown = open311Errors.parse(
      await (await file(valid(keyA.secret, { 'attribute[colour]': 'red' }))).json(),
    );
    expect(unknown[0]?.description).toMatch(/^attribute\[colour\]:/);
    const noName = open311Errors.parse(
      await (await file({ ...valid(keyA.secret), first_name: '', last_name: '' })).json(),
    );
    expect(noName[0]?.description).toMatch(/^last_name:/);
  });

  it('refuses a location instead of a village, and an unknown village', async () => {
    const { address_id: _, ...withoutVillage } = valid(keyA.secret);
    const located = await file({ ...withoutVillage, lat: '28.0', long: '116.6' });
    expect(located.status).toBe(400);
    expect(open311Errors.parse(await located.json())[0]?.description).toContain('lat/long are not supported');
    const elsewhere = await file(valid(keyA.secret, { address_id: otherCountyVillageCode }));
    expect(elsewhere.status).toBe(400);
    expect(open311Errors.parse(await elsewhere.json())[0]?.description).toMatch(/^address_id:/);
  });

  it('refuses unknown and revoked keys with 403, and the key of another county', async () => {
    const tenantId = world.host.county.tenantId;
    const before = (await requestsOf(tenantId)).length;
    const unknown = await file(valid('o311_made-up'));
    expect(unknown.status).toBe(403);
    expect(open311Errors.parse(await unknown.json())[0]?.code).toBe(403);
    expect((await file({ ...valid(''), api_key: '' })).status).toBe(403);
    // 乙县's key is unknown in 甲县's jurisdiction, whatever village it names.
    expect((await file(valid(keyB.secret))).status).toBe(403);
    expect((await file(valid(keyB.secret, { jurisdiction_id: B }))).status).toBe(400);

    const spare = await issue('countyAdmin', '临时对接');
    expect((await file(valid(spare.secret))).status).toBe(201);
    const revoked = await read<{ revokedAt: string | null }>(
      world.users.countyAdmin.request(`/api/open311/keys/${spare.id}/revoke`, { method: 'POST' }),
    );
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const refused = await file(valid(spare.secret));
    expect(refused.status).toBe(403);
    expect((await requestsOf(tenantId)).length).toBe(before + 1);
    const audit = await world.host.database.withTenant(tenantId, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.entityId, spare.id)),
    );
    expect(audit.map((a) => a.action).sort()).toEqual(['open311-key.issued', 'open311-key.revoked']);
  });
});

describe('Open311 listings', () => {
  it('carry no personal data: no name, phone, ID number or answer that is personal data', async () => {
    const res = await get(`/open311/v2/requests.json?jurisdiction_id=${A}`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const items = open311Request.array().parse(JSON.parse(text));
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(res.headers.get('x-total-count')).toBe(String(items.length));
    for (const secret of [
      '张三丰',
      '三丰',
      PHONE,
      PHONE.slice(-4),
      ID_NUMBER,
      ID_NUMBER.slice(-4),
      'Li Lei',
      '帮忙缴纳',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(items[0]).toMatchObject({
      status: 'open',
      service_code: 'errands.insurance',
      service_name: '城乡居民医保缴费',
      agency_responsible: '医保服务点',
      address: '甲县2村',
    });
    // The answers stay out too (the schema is strict, so a description would fail the parse above).
    expect(text).not.toContain('二档');
    const one = await get(`/open311/v2/requests/${items[0]?.service_request_id}.json?jurisdiction_id=${A}`);
    const oneText = await one.text();
    expect(open311Request.array().length(1).parse(JSON.parse(oneText))[0]).toEqual(items[0]);
    expect(oneText).not.toContain(PHONE);
  });

  it('map the workflow to open and closed, filter by status and service, and paginate', async () => {
    const items = open311Request
      .array()
      .parse(await (await get(`/open311/v2/requests.json?jurisdiction_id=${A}`)).json());
    const target = items[0]?.service_request_id ?? '';
    const rejected = await world.users.staff.request(`/api/service-requests/${target}/transitions`, {
      method: 'POST',
      json: { to: 'rejected', version: 1, note: '材料不全' },
    });
    expect(rejected.status).toBe(200);
    const closed = open311Request
      .array()
      .parse(await (await get(`/open311/v2/requests.json?jurisdiction_id=${A}&status=closed`)).json());
    expect(closed.map((i) => [i.service_request_id, i.status, i.status_notes])).toEqual([
      [target, 'closed', '已驳回：详情请向承办站点咨询'],
    ]);
    const open = open311Request
      .array()
      .parse(await (await get(`/open311/v2/requests.json?jurisdiction_id=${A}&status=open`)).json());
    expect(open.length).toBe(items.length - 1);
    const none = await (
      await get(`/open311/v2/requests.json?jurisdiction_id=${A}&service_code=errands.volunteer`)
    ).json();
    expect(none).toEqual([]);
    const page = await get(`/open311/v2/requests.json?jurisdiction_id=${A}&page=2&page_size=1`);
    expect(
      open311Request
        .array()
        .parse(await page.json())
        .map((i) => i.service_request_id),
    ).toEqual([items[1]?.service_request_id]);
    expect(page.headers.get('x-total-count')).toBe(String(items.length));
  });

  it('keep to 90 days and 1000 rows', async () => {
    const wide = await get(
      `/open311/v2/requests.json?jurisdiction_id=${A}&start_date=2026-01-01T00:00:00%2B08:00&end_date=2026-06-01T00:00:00%2B08:00`,
    );
    expect(wide.status).toBe(400);
    expect(open311Errors.parse(await wide.json())[0]?.description).toMatch(/^end_date:/);
    const old = await get(`/open311/v2/requests.json?jurisdiction_id=${A}&end_date=2020-01-01T00:00:00Z`);
    expect(await old.json()).toEqual([]);
    const big = await get(`/open311/v2/requests.json?jurisdiction_id=${A}&page_size=1001`);
    expect(big.status).toBe(400);
    expect(open311Errors.parse(await big.json())[0]?.description).toMatch(/^page_size:/);
  });

  it("never show one county's requests in another's jurisdiction", async () => {
    const ours = open311Request
      .array()
      .parse(await (await get(`/open311/v2/requests.json?jurisdiction_id=${A}`)).json());
    const theirs = await get(`/open311/v2/requests.json?jurisdiction_id=${B}`);
    expect(await theirs.json()).toEqual([]);
    const crossed = await get(
      `/open311/v2/requests/${ours[0]?.service_request_id}.json?jurisdiction_id=${B}`,
    );
    expect(crossed.status).toBe(404);
    open311Errors.parse(await crossed.json());
  });
});
