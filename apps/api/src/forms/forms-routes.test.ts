import { rowsOf } from '@cunshe/db';
import { auditLog, formSubmissions } from '@cunshe/db/schema';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errandsPluginV2 } from './fixtures/errands-plugin';
import { createFormsWorld, type FormsWorld, idNumberOf, newKey, read } from './forms-test-kit';

let world: FormsWorld;
const idNumber = '11010519491231002x';
const pdf = Buffer.from('%PDF-1.4\n% a receipt\n').toString('base64');

interface Submission {
  id: string;
  formVersion: number;
  villager: { name: string; phone: string | null };
  data: Record<string, unknown>;
  serviceRequest: { status: string; version: number; dueAt: string | null } | null;
}
interface Problem {
  title: string;
  errors?: { path: string; message: string; code?: string; messages?: Record<string, string> }[];
}

const answer = (extra: Record<string, unknown> = {}) => ({
  idNumber,
  grade: 'grade-1',
  people: 2,
  members: [{ name: '李四', idNumber: idNumberOf('36102919850601002') }],
  ...extra,
});

function submit(
  user: keyof FormsWorld['users'],
  body: Record<string, unknown>,
  options: { form?: string; headers?: Record<string, string> } = {},
) {
  return world.users[user].request(`/api/forms/errands/${options.form ?? 'insurance'}/submissions`, {
    method: 'POST',
    json: {
      villageId: world.village,
      idempotencyKey: newKey(),
      villager: { name: '张三', phone: '+86 138 0013 8000' },
      data: answer(),
      ...body,
    },
    headers: options.headers,
  });
}

beforeAll(async () => {
  world = await createFormsWorld();
});
afterAll(() => world.close());

describe('the forms of a village', () => {
  it('lists the forms of the plugins enabled in the village, with their stations', async () => {
    const { status, body } = await read<{ items: { key: string; stationName: unknown }[] }>(
      world.users.staff.request(`/api/villages/${world.village}/forms`),
    );
    expect(status).toBe(200);
    expect(body.items.map((f) => f.key)).toEqual(['insurance', 'volunteer']);
    expect(body.items[0]?.stationName).toEqual({ 'zh-CN': '医保服务点', en: 'Medical insurance point' });
    const none = await read<{ items: unknown[] }>(
      world.users.countyAdmin.request(`/api/villages/${world.host.county.villages['market-town']}/forms`),
    );
    expect(none.body.items).toEqual([]);
  });

  it('lists every form of the loaded plugins', async () => {
    const { body } = await read<{ items: { pluginId: string; key: string }[] }>(
      world.users.viewer.request('/api/forms'),
    );
    expect(body.items.map((f) => `${f.pluginId}:${f.key}`)).toEqual([
      'errands:insurance',
      'errands:volunteer',
    ]);
  });

  it("answers a form's JSON Schema with every field's kind", async () => {
    const { body } = await read<{
      jsonSchema: { properties: Record<string, { 'x-cunshe': { kind: string } }> };
    }>(world.users.staff.request('/api/forms/errands/insurance'));
    expect(body.jsonSchema.properties.idNumber?.['x-cunshe'].kind).toBe('resident-id');
    expect(body.jsonSchema.properties.members?.['x-cunshe'].kind).toBe('group');
    expect((await world.users.staff.request('/api/forms/errands/nope')).status).toBe(404);
  });
});

describe('submitting a form for a villager', () => {
  it('stores the answers with the ID number masked, the phone normalised, and opens the service request', async () => {
    const before = Date.now();
    const { status, body } = await read<Submission>(submit('staff', {}));
    expect(status).toBe(201);
    expect(body.formVersion).toBe(1);
    expect(body.villager).toEqual({ name: '张三', phone: '13800138000' });
    expect(body.data.idNumber).toBe('110105********002X');
    expect(body.serviceRequest?.status).toBe('submitted');
    const due = Date.parse(body.serviceRequest?.dueAt ?? '');
    expect(due - before).toBeGreaterThanOrEqual(72 * 3_600_000 - 1000);
    expect(due - before).toBeLessThan(72 * 3_600_000 + 60_000);
  });

  it('never stores the plain ID number, and reveals it whole (upper-case X) to staff, audited', async () => {
    const { body } = await read<Submission>(submit('staff', {}));
    const [row] = await world.host.database.withTenant(world.host.county.tenantId, (tx) =>
      tx.select().from(formSubmissions).where(eq(formSubmissions.id, body.id)),
    );
    expect(JSON.stringify(row?.data)).not.toContain('11010519491231002');
    expect(Object.keys(row?.sealedFields ?? {})).toEqual(['idNumber', 'members.0.idNumber']);
    const revealed = await read<{ items: { path: string; value: string }[] }>(
      world.users.staff.request(`/api/form-submissions/${body.id}/id-numbers/reveal`, { method: 'POST' }),
    );
    expect(revealed.body.items).toEqual([
      { path: 'idNumber', value: '11010519491231002X' },
      { path: 'members.0.idNumber', value: idNumberOf('36102919850601002') },
    ]);
    const audits = await world.host.database.withTenant(world.host.county.tenantId, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.entityId, body.id)),
    );
    expect(audits.map((a) => a.action).sort()).toEqual([
      'form-submission.id-numbers-revealed',
      'form.submitted',
    ]);
    expect(JSON.stringify(audits)).not.toContain('11010519491231002');
    const township = await world.users.townshipAdmin.request(
      `/api/form-submissions/${body.id}/id-numbers/reveal`,
      {
        method: 'POST',
      },
    );
    expect(township.status).toBe(403);
  });

  it('makes one row of a retried submission, and of a double click', async () => {
    const idempotencyKey = newKey();
    const first = await read<Submission>(submit('staff', { idempotencyKey }));
    const retry = await read<Submission>(submit('staff', { idempotencyKey }));
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(retry.body.id).toBe(first.body.id);

    const doubleKey = newKey();
    const both = await Promise.all([
      submit('staff', { idempotencyKey: doubleKey }),
      submit('staff', { idempotencyKey: doubleKey }),
    ]);
    const bodies = await Promise.all(both.map((r) => r.json() as Promise<Submission>));
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(bodies[0]?.id).toBe(bodies[1]?.id);
    const rows = rowsOf<{ n: number }>(
      await world.host.database.db.execute(
        sql`select count(*)::int as n from form_submissions where idempotency_key in (${idempotencyKey}, ${doubleKey})`,
      ),
    );
    expect(rows[0]?.n).toBe(2);
  });

  it('refuses an idempotency key reused for another form', async () => {
    const idempotencyKey = newKey();
    await submit('staff', { idempotencyKey });
    const other = await read<Problem>(
      submit('staff', { idempotencyKey, data: { skills: '修电器' } }, { form: 'volunteer' }),
    );
    expect(other.status).toBe(409);
  });

  it("names each invalid field at its path in the user's language", async () => {
    const zh = await read<Problem>(
      submit('staff', {
        villager: { name: ' ', phone: '12345' },
        data: answer({
          idNumber: '110105194912310021',
          grade: 'grade-9',
          members: [{ name: '', idNumber: '1' }],
        }),
      }),
    );
    expect(zh.status).toBe(400);
    expect(zh.body.errors?.map((e) => [e.path, e.message])).toEqual([
      ['villager.name', '请填写村民姓名'],
      ['villager.phone', '请输入 11 位手机号码（以 13-19 开头，可带 +86）'],
      ['data.idNumber', '身份证号码校验位不正确，请核对'],
      ['data.grade', '请从选项中选择'],
      ['data.members.0.name', '此项必填'],
      ['data.members.0.idNumber', '身份证号码应为 18 位'],
    ]);
    const en = await read<Problem>(
      submit('staff', { data: answer({ people: 0 }) }, { headers: { 'accept-language': 'en-US,en;q=0.9' } }),
    );
    expect(en.body.errors).toEqual([
      {
        path: 'data.people',
        code: 'too_small',
        message: 'Must be at least 1',
        messages: { 'zh-CN': '不能小于 1', en: 'Must be at least 1' },
      },
    ]);
  });

  it('refuses a village where the plugin is not enabled, or outside the county or the user’s village', async () => {
    const cases = [
      ['countyAdmin', world.host.county.villages['market-town']],
      ['otherCountyAdmin', world.village],
      ['staff', world.otherVillage],
      ['otherStaff', world.village],
    ] as const;
    for (const [user, villageId] of cases) {
      expect((await submit(user, { villageId })).status).toBe(404);
    }
    expect((await submit('viewer', {})).status).toBe(403);
    expect((await submit('townshipAdmin', {})).status).toBe(403);
  });

  it('stores an attachment beside the submission and serves it back', async () => {
    const { status, body } = await read<Submission>(
      submit('staff', {
        data: answer({ receipt: [{ name: '收据.pdf', type: 'application/pdf', contentBase64: pdf }] }),
      }),
    );
    expect(status).toBe(201);
    const [file] = body.data.receipt as { id: string; name: string; size: number }[];
    expect(file).toMatchObject({ name: '收据.pdf', size: Buffer.from(pdf, 'base64').length });
    const res = await world.users.villageAdmin.request(
      `/api/form-submissions/${body.id}/attachments/${file?.id}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''%E6%94%B6%E6%8D%AE.pdf");
    expect(Buffer.from(await res.arrayBuffer()).toString('base64')).toBe(pdf);
    const stranger = await world.users.otherStaff.request(
      `/api/form-submissions/${body.id}/attachments/${file?.id}`,
    );
    expect(stranger.status).toBe(404);
  });

  it('tells the plugin of the new submission', async () => {
    const { body } = await read<Submission>(submit('staff', {}));
    const rows = rowsOf<{ change: string }>(
      await world.host.database.db.execute(
        sql`select change from errands_status_log where submission_id = ${body.id}`,
      ),
    );
    expect(rows.map((r) => r.change)).toEqual(['none->submitted']);
  });

  it('keeps a form that is not a service request as a record only', async () => {
    const { status, body } = await read<Submission>(
      submit('staff', { data: { skills: '修电器' } }, { form: 'volunteer' }),
    );
    expect(status).toBe(201);
    expect(body.serviceRequest).toBeNull();
  });
});

describe('reading submissions', () => {
  it('lists a form’s submissions of the user’s scope only', async () => {
    await submit('otherStaff', { villageId: world.otherVillage });
    const mine = await read<{ items: { villageId: string }[]; total: number }>(
      world.users.staff.request('/api/forms/errands/insurance/submissions?pageSize=100'),
    );
    expect(mine.status).toBe(200);
    expect(mine.body.items.every((s) => s.villageId === world.village)).toBe(true);
    const county = await read<{ items: { villageId: string }[]; total: number }>(
      world.users.viewer.request('/api/forms/errands/insurance/submissions?pageSize=100'),
    );
    expect(county.body.total).toBeGreaterThan(mine.body.total);
    const other = await read<{ total: number }>(
      world.users.otherCountyAdmin.request('/api/forms/errands/insurance/submissions'),
    );
    expect(other.body.total).toBe(0);
  });

  it('keeps old submissions readable with their own version after the form changes', async () => {
    const { body: old } = await read<Submission>(submit('staff', {}));
    const upgraded = await world.restartWith([errandsPluginV2]);
    const detail = await read<{
      submission: Submission;
      document: { version: number; labels: Record<string, { 'zh-CN': string }> };
    }>(upgraded.users.staff.request(`/api/form-submissions/${old.id}`));
    expect(detail.status).toBe(200);
    expect(detail.body.submission.data.grade).toBe('grade-1');
    expect(detail.body.document.version).toBe(1);
    expect(detail.body.document.labels.grade?.['zh-CN']).toBe('缴费档次');

    const current = await read<{ version: number }>(
      upgraded.users.staff.request('/api/forms/errands/insurance'),
    );
    expect(current.body.version).toBe(2);
    const v1 = await read<{ version: number }>(
      upgraded.users.staff.request('/api/forms/errands/insurance/versions/1'),
    );
    expect(v1.body.version).toBe(1);

    const fresh = await read<Submission>(
      upgraded.users.staff.request('/api/forms/errands/insurance/submissions', {
        method: 'POST',
        json: {
          villageId: world.village,
          idempotencyKey: newKey(),
          villager: { name: '王五' },
          data: { idNumber, amount: 380.5, people: 1 },
        },
      }),
    );
    expect(fresh.status).toBe(201);
    expect(fresh.body.formVersion).toBe(2);
    const list = await read<{ items: Submission[] }>(
      upgraded.users.staff.request('/api/forms/errands/insurance/submissions?pageSize=100'),
    );
    expect(new Set(list.body.items.map((s) => s.formVersion))).toEqual(new Set([1, 2]));
  });
});
