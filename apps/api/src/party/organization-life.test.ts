import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, todayInChina } from './dates';
import { createPartyTestWorld, type PartyTestWorld } from './party-test-kit';

let world: PartyTestWorld;
let branch: string;
let group: string;
const members: string[] = [];
const today = todayInChina();

type Problem = { errors?: { path: string }[] };

beforeAll(async () => {
  world = await createPartyTestWorld();
  branch = (
    await world.call<{ id: string }>('county', 'POST', '/api/party/organizations', {
      villageId: world.villages.v11.id,
      kind: 'branch',
      name: '一村党支部',
      establishedOn: '2020-01-01',
    })
  ).body.id;
  group = (
    await world.call<{ id: string }>('village', 'POST', '/api/party/organizations', {
      villageId: world.villages.v11.id,
      kind: 'party-group',
      name: '第一党小组',
      parentId: branch,
    })
  ).body.id;
  for (const name of ['甲', '乙', '丙']) {
    const res = await world.call<{ id: string }>('village', 'POST', '/api/party/members', {
      organizationId: branch,
      groupId: name === '丙' ? null : group,
      name: `党员${name}`,
      idNumber: world.newIdNumber(),
      category: 'resident',
      joinedOn: '2010-07-01',
    });
    members.push(res.body.id);
  }
});

afterAll(() => world.database.close());

describe('activities', () => {
  it('records a pairing assistance with its household, participants and hours, and each member’s record', async () => {
    const [a, b] = members;
    const noHousehold = await world.call<Problem>('village', 'POST', '/api/party/activities', {
      villageId: world.villages.v11.id,
      kind: 'pairing-assistance',
      title: '结对帮扶',
      startedOn: '2024-03-01',
    });
    expect(noHousehold.body.errors?.map((e) => e.path)).toEqual(['householdName']);
    const created = await world.call<{ id: string; participantCount: number; totalHours: number }>(
      'village',
      'POST',
      '/api/party/activities',
      {
        villageId: world.villages.v11.id,
        organizationId: branch,
        kind: 'pairing-assistance',
        title: '结对帮扶困难户',
        startedOn: '2024-03-01',
        householdName: '王大爷家',
        householdSituation: '独居老人，行动不便',
        participants: [{ memberId: a, hours: 6, role: '帮扶责任人' }],
      },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ participantCount: 1, totalHours: 6 });
    const day = await world.call<{ id: string }>('village', 'POST', '/api/party/activities', {
      villageId: world.villages.v11.id,
      kind: 'dedication-day',
      title: '党员奉献日：清理村道',
      startedOn: '2024-05-04',
      participants: [
        { memberId: a, hours: 2.5 },
        { memberId: b, hours: 3 },
      ],
    });
    const twice = await world.call<Problem>(
      'village',
      'PUT',
      `/api/party/activities/${day.body.id}/participants`,
      {
        participants: [
          { memberId: a, hours: 1 },
          { memberId: a, hours: 2 },
        ],
      },
    );
    expect(twice.body.errors?.map((e) => e.path)).toEqual(['participants.1.memberId']);
    const record = await world.call<{ items: { title: string; hours: number }[]; totalHours: number }>(
      'staff',
      'GET',
      `/api/party/members/${a}/activities`,
    );
    expect(record.body.totalHours).toBe(8.5);
    expect(record.body.items.map((i) => i.title)).toEqual(['党员奉献日：清理村道', '结对帮扶困难户']);
    const list = await world.call<{ items: unknown[]; total: number }>(
      'county',
      'GET',
      '/api/party/activities?kind=dedication-day',
    );
    expect(list.body.total).toBe(1);
    expect((await world.call('otherVillage', 'GET', `/api/party/activities/${day.body.id}`)).status).toBe(
      404,
    );
  });
});

describe('三会一课', () => {
  it('records a general meeting with an absence and its reason; an absence without a reason is refused', async () => {
    const [a, b, c] = members;
    const noReason = await world.call<Problem>('village', 'POST', '/api/party/meetings', {
      organizationId: branch,
      kind: 'general-meeting',
      topic: '学习党章',
      heldOn: addMonths(today, -1),
      attendance: [
        { memberId: a, isPresent: true },
        { memberId: b, isPresent: false },
      ],
    });
    expect(noReason.body.errors?.map((e) => e.path)).toEqual(['attendance.1.absenceReason']);
    const held = await world.call<{
      id: string;
      status: string;
      presentCount: number;
      absentCount: number;
      attendance: { memberId: string; isPresent: boolean; absenceReason: string | null }[];
    }>('village', 'POST', '/api/party/meetings', {
      organizationId: branch,
      kind: 'general-meeting',
      topic: '学习党章',
      heldOn: addMonths(today, -1),
      attendance: [
        { memberId: a, isPresent: true },
        { memberId: b, isPresent: true },
        { memberId: c, isPresent: false, absenceReason: '外出务工，书面请假' },
      ],
    });
    expect(held.status).toBe(201);
    expect(held.body).toMatchObject({ status: 'held', presentCount: 2, absentCount: 1 });
    expect(held.body.attendance.find((x) => !x.isPresent)).toMatchObject({
      memberId: c,
      absenceReason: '外出务工，书面请假',
    });
    const wrongKind = await world.call<Problem>('village', 'POST', '/api/party/meetings', {
      organizationId: group,
      kind: 'general-meeting',
      topic: 'x',
      plannedOn: today,
    });
    expect(wrongKind.body.errors?.map((e) => e.path)).toEqual(['kind']);
    const notInGroup = await world.call<Problem>('village', 'POST', '/api/party/meetings', {
      organizationId: group,
      kind: 'group-meeting',
      topic: '小组学习',
      heldOn: today,
      attendance: [{ memberId: c, isPresent: true }],
    });
    expect(notInGroup.body.errors?.map((e) => e.path)).toEqual(['attendance.0.memberId']);
  });

  it('flags overdue meetings: planned ones whose day passed, and kinds not held within their interval', async () => {
    const planned = await world.call<{ id: string; status: string }>(
      'village',
      'POST',
      '/api/party/meetings',
      {
        organizationId: branch,
        kind: 'party-lesson',
        topic: '专题党课',
        plannedOn: addMonths(today, -1),
      },
    );
    expect(planned.body.status).toBe('overdue');
    const overdue = await world.call<{ items: { id: string }[] }>(
      'county',
      'GET',
      '/api/party/meetings?status=overdue',
    );
    expect(overdue.body.items.map((m) => m.id)).toEqual([planned.body.id]);
    const status = await world.call<{
      items: {
        organizationName: string;
        isOverdue: boolean;
        kinds: { kind: string; isOverdue: boolean; lastHeldOn: string | null }[];
      }[];
    }>('village', 'GET', `/api/party/meeting-status?organizationId=${branch}`);
    const kinds = Object.fromEntries(status.body.items[0]?.kinds.map((k) => [k.kind, k.isOverdue]) ?? []);
    // Held a month ago: the quarterly general meeting is not due yet; no committee meeting since 2020; the lesson planned and missed.
    expect(kinds).toEqual({ 'general-meeting': false, 'committee-meeting': true, 'party-lesson': true });
    const recorded = await world.call<{ status: string }>(
      'village',
      'PATCH',
      `/api/party/meetings/${planned.body.id}`,
      {
        heldOn: today,
        attendance: [{ memberId: members[0], isPresent: true }],
      },
    );
    expect(recorded.body.status).toBe('held');
    const after = await world.call<{ items: { kinds: { kind: string; isOverdue: boolean }[] }[] }>(
      'village',
      'GET',
      `/api/party/meeting-status?organizationId=${branch}`,
    );
    expect(after.body.items[0]?.kinds.find((k) => k.kind === 'party-lesson')?.isOverdue).toBe(false);
  });
});

describe('party dues', () => {
  it('records dues per member per month in fen with the county’s retained share', async () => {
    const [a, b] = members;
    const notCounty = await world.call('township', 'PUT', '/api/party/dues/settings', {
      retainedShareBasisPoints: 2500,
    });
    expect(notCounty.status).toBe(403);
    await world.call('county', 'PUT', '/api/party/dues/settings', { retainedShareBasisPoints: 2500 });
    const paid = await world.call<{ amountFen: number; retainedFen: number }>(
      'village',
      'PUT',
      '/api/party/dues',
      {
        memberId: a,
        month: '2025-03',
        amountFen: 2050,
        paidOn: '2025-03-10',
      },
    );
    expect(paid.body).toMatchObject({ amountFen: 2050, retainedFen: 513 });
    await world.call('village', 'PUT', '/api/party/dues', {
      memberId: b,
      month: '2025-03',
      amountFen: 1000,
      paidOn: '2025-03-12',
    });
    await world.call('county', 'PUT', '/api/party/dues/settings', { retainedShareBasisPoints: 1000 });
    await world.call('village', 'PUT', '/api/party/dues', {
      memberId: a,
      month: '2025-04',
      amountFen: 2050,
      paidOn: '2025-04-10',
    });
    const corrected = await world.call<{ amountFen: number; retainedFen: number }>(
      'village',
      'PUT',
      '/api/party/dues',
      {
        memberId: b,
        month: '2025-03',
        amountFen: 1200,
        paidOn: '2025-03-12',
      },
    );
    expect(corrected.body).toMatchObject({ amountFen: 1200, retainedFen: 120 });
    const march = await world.call<{
      totals: { memberCount: number; paidCount: number; amountFen: number; retainedFen: number };
      items: { memberId: string; record: { amountFen: number } | null }[];
    }>('village', 'GET', '/api/party/dues?month=2025-03');
    expect(march.body.totals).toEqual({ memberCount: 3, paidCount: 2, amountFen: 3250, retainedFen: 633 });
    expect(march.body.items.filter((i) => i.record === null)).toHaveLength(1);
    const year = await world.call<{
      totalAmountFen: number;
      totalRetainedFen: number;
      months: { month: string }[];
    }>('county', 'GET', '/api/party/dues/summary?year=2025');
    // March keeps the 25% share it was recorded with (513), April has 10% (205), the corrected record 10% (120).
    expect(year.body).toMatchObject({ totalAmountFen: 5300, totalRetainedFen: 838 });
    expect(year.body.months.map((m) => m.month)).toEqual(['2025-03', '2025-04']);
    const badMonth = await world.call<Problem>('village', 'PUT', '/api/party/dues', {
      memberId: a,
      month: '2025-13',
      amountFen: 1.5,
      paidOn: '2025-03-10',
    });
    expect(badMonth.body.errors?.map((e) => e.path).sort()).toEqual(['amountFen', 'month']);
    expect((await world.call('otherVillage', 'GET', '/api/party/dues/summary?year=2025')).body).toMatchObject(
      {
        totalAmountFen: 0,
      },
    );
  });
});
