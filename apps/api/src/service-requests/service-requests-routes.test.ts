import { rowsOf } from '@cunshe/db';
import { auditLog, serviceRequests } from '@cunshe/db/schema';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormsWorld, type FormsWorld, newKey, read } from '../forms/forms-test-kit';

let world: FormsWorld;
type UserName = keyof FormsWorld['users'];

interface Item {
  id: string;
  version: number;
  status: string;
  villager: { name: string; phone: string | null };
  assignee: { id: string; name: string } | null;
  isOverdue: boolean;
  station: string | null;
}
interface Detail {
  request: Item;
  events: {
    kind: string;
    from: string | null;
    to: string | null;
    note: string | null;
    actor: { name: string };
  }[];
  allowedTransitions: string[];
  data: Record<string, unknown>;
}
interface Page {
  items: Item[];
  total: number;
  counts: Record<string, number>;
}

async function open(
  options: { user?: UserName; villageId?: string; name?: string; phone?: string } = {},
): Promise<string> {
  const res = await read<{ id: string }>(
    world.users[options.user ?? 'staff'].request('/api/forms/errands/insurance/submissions', {
      method: 'POST',
      json: {
        villageId: options.villageId ?? world.village,
        idempotencyKey: newKey(),
        villager: { name: options.name ?? '赵六', phone: options.phone ?? '13900001111' },
        data: { idNumber: '11010519491231002X', grade: 'grade-2', people: 1 },
      },
    }),
  );
  expect(res.status).toBe(201);
  return res.body.id;
}

function move(user: UserName, id: string, body: { to: string; version: number; note?: string }) {
  return world.users[user].request(`/api/service-requests/${id}/transitions`, { method: 'POST', json: body });
}

const list = (user: UserName, query = '') =>
  read<Page>(world.users[user].request(`/api/service-requests${query}`));

beforeAll(async () => {
  world = await createFormsWorld();
});
afterAll(() => world.close());

describe('the workflow', () => {
  it('moves submitted -> accepted -> in progress -> resolved, recording who, when, from, to and why', async () => {
    const id = await open();
    const accepted = await read<Detail>(move('staff', id, { to: 'accepted', version: 1, note: '材料齐全' }));
    expect(accepted.status).toBe(200);
    expect(accepted.body.request).toMatchObject({ status: 'accepted', version: 2 });
    expect(accepted.body.request.assignee?.id).toBe(world.users.staff.id);
    expect(accepted.body.allowedTransitions).toEqual(['in-progress', 'resolved', 'rejected']);
    await move('staff', id, { to: 'in-progress', version: 2 });
    const resolved = await read<Detail>(
      move('villageAdmin', id, { to: 'resolved', version: 3, note: '已缴费' }),
    );
    expect(resolved.body.request.status).toBe('resolved');
    expect(resolved.body.allowedTransitions).toEqual([]);
    expect(resolved.body.events.map((e) => [e.kind, e.from, e.to, e.note, e.actor.name])).toEqual([
      ['submitted', null, 'submitted', null, 'staff 同志'],
      ['transition', 'submitted', 'accepted', '材料齐全', 'staff 同志'],
      ['transition', 'accepted', 'in-progress', null, 'staff 同志'],
      ['transition', 'in-progress', 'resolved', '已缴费', 'villageAdmin 同志'],
    ]);
    const audits = await world.host.database.withTenant(world.host.county.tenantId, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.entityId, id)),
    );
    expect(audits.filter((a) => a.action === 'service-request.transitioned')).toHaveLength(3);
    const changes = rowsOf<{ change: string }>(
      await world.host.database.db.execute(
        sql`select change from errands_status_log where submission_id = ${id}`,
      ),
    ).map((r) => r.change);
    expect(changes).toEqual([
      'none->submitted',
      'submitted->accepted',
      'accepted->in-progress',
      'in-progress->resolved',
    ]);
  });

  it('refuses a move the workflow does not allow', async () => {
    const id = await open();
    const skip = await read<{ errors: { path: string }[] }>(
      move('staff', id, { to: 'resolved', version: 1 }),
    );
    expect(skip.status).toBe(400);
    expect(skip.body.errors[0]?.path).toBe('to');
    await move('staff', id, { to: 'accepted', version: 1 });
    await move('staff', id, { to: 'resolved', version: 2 });
    const reopen = await move('staff', id, { to: 'accepted', version: 3 });
    expect(reopen.status).toBe(400);
  });

  it('rejects only with a reason; a failing plugin hook does not stop the rejection', async () => {
    const id = await open();
    const silent = await read<{ errors: { path: string }[] }>(
      move('staff', id, { to: 'rejected', version: 1 }),
    );
    expect(silent.status).toBe(400);
    expect(silent.body.errors[0]?.path).toBe('note');
    const rejected = await read<Detail>(
      move('staff', id, { to: 'rejected', version: 1, note: '不属于本村' }),
    );
    expect(rejected.status).toBe(200);
    expect(rejected.body.request).toMatchObject({ status: 'rejected' });
    const [row] = await world.host.database.withTenant(world.host.county.tenantId, (tx) =>
      tx.select().from(serviceRequests).where(eq(serviceRequests.id, id)),
    );
    expect(row?.rejectionReason).toBe('不属于本村');
    expect(row?.closedAt).not.toBeNull();
    const changes = rowsOf<{ change: string }>(
      await world.host.database.db.execute(
        sql`select change from errands_status_log where submission_id = ${id}`,
      ),
    ).map((r) => r.change);
    expect(changes).toEqual(['none->submitted']);
  });

  it('gives one success and one conflict to two concurrent changes of the same version', async () => {
    const id = await open();
    const [a, b] = await Promise.all([
      move('staff', id, { to: 'accepted', version: 1 }),
      move('villageAdmin', id, { to: 'rejected', version: 1, note: '重复' }),
    ]);
    expect([a?.status, b?.status].sort()).toEqual([200, 409]);
    const conflict = a?.status === 409 ? a : b;
    expect(conflict?.headers.get('content-type')).toContain('application/problem+json');
    expect(await conflict?.json()).toMatchObject({ status: 409, title: 'Conflict' });
    const detail = await read<Detail>(world.users.staff.request(`/api/service-requests/${id}`));
    expect(detail.body.request.version).toBe(2);
    expect(detail.body.events.filter((e) => e.kind === 'transition')).toHaveLength(1);
  });

  it('refuses a change made on a stale copy, and overwrites nothing', async () => {
    const id = await open();
    await move('staff', id, { to: 'accepted', version: 1 });
    const stale = await read<{ detail: string }>(
      move('villageAdmin', id, { to: 'rejected', version: 1, note: '晚了' }),
    );
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toMatch(/now accepted, version 2/);
  });

  it('lets only those who handle requests of the village move them', async () => {
    const id = await open();
    expect((await move('viewer', id, { to: 'accepted', version: 1 })).status).toBe(403);
    expect((await move('townshipAdmin', id, { to: 'accepted', version: 1 })).status).toBe(403);
    expect((await move('otherStaff', id, { to: 'accepted', version: 1 })).status).toBe(404);
    expect((await move('otherCountyAdmin', id, { to: 'accepted', version: 1 })).status).toBe(404);
    expect((await move('countyAdmin', id, { to: 'accepted', version: 1 })).status).toBe(200);
  });
});

describe('assignment and comments', () => {
  it('assigns a request to staff of its village and a station, and refuses others', async () => {
    const id = await open();
    const assign = (body: Record<string, unknown>) =>
      world.users.villageAdmin.request(`/api/service-requests/${id}/assignment`, {
        method: 'POST',
        json: body,
      });
    const wrong = await read<{ errors: { path: string }[] }>(
      assign({ assigneeId: world.users.otherStaff.id, version: 1 }),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]?.path).toBe('assigneeId');
    const badStation = await read<{ errors: { path: string }[] }>(
      assign({ assigneeId: world.users.staff.id, station: 'errands:nowhere', version: 1 }),
    );
    expect(badStation.body.errors[0]?.path).toBe('station');
    const done = await read<Detail>(
      assign({ assigneeId: world.users.staff.id, station: 'errands:help-station', version: 1 }),
    );
    expect(done.status).toBe(200);
    expect(done.body.request).toMatchObject({ version: 2, station: 'errands:help-station' });
    expect(done.body.request.assignee?.id).toBe(world.users.staff.id);
    expect((await assign({ assigneeId: null, version: 1 })).status).toBe(409);
    const assignees = await read<{ items: { id: string }[] }>(
      world.users.staff.request(`/api/service-requests/assignees?villageId=${world.village}`),
    );
    expect(assignees.body.items.map((a) => a.id)).toEqual(
      expect.arrayContaining([world.users.staff.id, world.users.villageAdmin.id, world.users.countyAdmin.id]),
    );
    expect(assignees.body.items.map((a) => a.id)).not.toContain(world.users.otherStaff.id);
  });

  it('assigns many requests at once, all or nothing', async () => {
    const ids = [await open(), await open()];
    const bulk = await read<{ items: { id: string; version: number }[] }>(
      world.users.villageAdmin.request('/api/service-requests/assignments', {
        method: 'POST',
        json: { ids, assigneeId: world.users.staff.id },
      }),
    );
    expect(bulk.status).toBe(200);
    expect(bulk.body.items).toEqual(ids.map((id) => ({ id, version: 2 })));
    const other = await open({ user: 'otherStaff', villageId: world.otherVillage });
    const mixed = await world.users.villageAdmin.request('/api/service-requests/assignments', {
      method: 'POST',
      json: { ids: [...ids, other], assigneeId: null },
    });
    expect(mixed.status).toBe(404);
    const mine = await list('staff', '?assignee=me&pageSize=100');
    expect(mine.body.items.map((i) => i.id)).toEqual(expect.arrayContaining(ids));
  });

  it('adds comments to the timeline without changing the version', async () => {
    const id = await open();
    const commented = await read<Detail>(
      world.users.staff.request(`/api/service-requests/${id}/comments`, {
        method: 'POST',
        json: { text: ' 已电话联系 ' },
      }),
    );
    expect(commented.status).toBe(201);
    expect(commented.body.request.version).toBe(1);
    expect(commented.body.events.at(-1)).toMatchObject({ kind: 'comment', note: '已电话联系' });
    const empty = await world.users.staff.request(`/api/service-requests/${id}/comments`, {
      method: 'POST',
      json: { text: '  ' },
    });
    expect(empty.status).toBe(400);
  });
});

describe('the list', () => {
  it('shows each user the requests of their scope, with counts per status', async () => {
    await open({ user: 'otherStaff', villageId: world.otherVillage });
    const staff = await list('staff', '?pageSize=100');
    expect(staff.status).toBe(200);
    expect(staff.body.items.every((i) => i.villager.name !== undefined)).toBe(true);
    const county = await list('countyAdmin', '?pageSize=100');
    expect(county.body.total).toBeGreaterThan(staff.body.total);
    const sum = ['submitted', 'accepted', 'in-progress', 'resolved', 'rejected'].reduce(
      (n, s) => n + (county.body.counts[s] ?? 0),
      0,
    );
    expect(sum).toBe(county.body.total);
    const submitted = await list('countyAdmin', '?status=submitted&pageSize=100');
    expect(submitted.body.items.every((i) => i.status === 'submitted')).toBe(true);
    expect(submitted.body.counts).toEqual(county.body.counts);
    expect((await list('otherCountyAdmin')).body.total).toBe(0);
  });

  it('finds a request by the villager’s name or phone, and masks the phone for readers who do not handle', async () => {
    const id = await open({ name: '钱七', phone: '138 0000 4321' });
    const byName = await list('staff', `?q=${encodeURIComponent('钱')}`);
    expect(byName.body.items.map((i) => i.id)).toEqual([id]);
    const byPhone = await list('staff', '?q=4321');
    expect(byPhone.body.items.map((i) => i.id)).toEqual([id]);
    expect(byPhone.body.items[0]?.villager.phone).toBe('13800004321');
    const viewer = await list('viewer', '?q=4321');
    expect(viewer.body.items[0]?.villager.phone).toBe('138****4321');
  });

  it('marks and filters overdue requests', async () => {
    const id = await open({ name: '孙八' });
    await world.host.database.db.execute(
      sql`update service_requests set due_at = now() - interval '1 hour' where id = ${id}`,
    );
    const overdue = await list('staff', '?overdue=true&pageSize=100');
    expect(overdue.body.items.map((i) => i.id)).toContain(id);
    expect(overdue.body.items.every((i) => i.isOverdue)).toBe(true);
    expect(overdue.body.counts.overdue).toBeGreaterThanOrEqual(1);
    await move('staff', id, { to: 'rejected', version: 1, note: '测试' });
    const after = await list('staff', '?overdue=true&pageSize=100');
    expect(after.body.items.map((i) => i.id)).not.toContain(id);
  });

  it('filters by station, form, village and dates', async () => {
    const all = await list('countyAdmin', '?pageSize=100');
    const byStation = await list('countyAdmin', '?station=errands:medical-point&pageSize=100');
    expect(byStation.body.items.every((i) => i.station === 'errands:medical-point')).toBe(true);
    expect((await list('countyAdmin', '?form=errands:insurance&pageSize=100')).body.total).toBe(
      all.body.total,
    );
    expect((await list('countyAdmin', '?form=errands:volunteer')).body.total).toBe(0);
    const village = await list('countyAdmin', `?villageId=${world.otherVillage}&pageSize=100`);
    expect(village.body.total).toBeGreaterThan(0);
    expect(village.body.total).toBeLessThan(all.body.total);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await list('countyAdmin', `?from=${today}&to=${today}&pageSize=100`)).body.total).toBe(
      all.body.total,
    );
    expect((await list('countyAdmin', '?to=2000-01-01')).body.total).toBe(0);
  });

  it('answers 404 for a request outside the scope', async () => {
    const id = await open();
    expect((await world.users.otherStaff.request(`/api/service-requests/${id}`)).status).toBe(404);
    expect((await world.users.otherCountyAdmin.request(`/api/service-requests/${id}`)).status).toBe(404);
    expect((await world.users.townshipAdmin.request(`/api/service-requests/${id}`)).status).toBe(200);
  });
});
