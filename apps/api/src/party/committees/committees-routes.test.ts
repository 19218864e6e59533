import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartyTestWorld, type PartyTestWorld } from '../party-test-kit';

let world: PartyTestWorld;
const members: Record<string, string> = {};
const committees: Record<string, string> = {};

type Problem = { errors?: { path: string }[] };
type Committees = {
  isOneShoulder: boolean;
  secretaryName: string | null;
  directorName: string | null;
  crossAppointedCount: number;
  committees: { kind: string; cadres: { name: string; isCrossAppointed: boolean; isCurrent: boolean }[] }[];
};

async function addMember(who: 'village' | 'otherVillage', organizationId: string, name: string) {
  const res = await world.call<{ id: string }>(who, 'POST', '/api/party/members', {
    organizationId,
    name,
    idNumber: world.newIdNumber('male', '1970-01-01'),
    category: 'resident',
    joinedOn: '1995-07-01',
  });
  expect(res.status).toBe(201);
  members[name] = res.body.id;
}

async function openTerms(who: 'village' | 'otherVillage', villageId: string, key: string) {
  for (const kind of ['party-branch-committee', 'villagers-committee']) {
    const res = await world.call<{ id: string }>(who, 'POST', '/api/party/committees', {
      villageId,
      kind,
      termStartedOn: '2021-03-01',
      termEndsOn: '2099-02-28',
    });
    expect(res.status).toBe(201);
    committees[`${key}:${kind}`] = res.body.id;
  }
}

const cadre = (who: 'village' | 'otherVillage', committee: string, json: Record<string, unknown>) =>
  world.call<Problem & { id: string }>(who, 'POST', `/api/party/committees/${committees[committee]}/cadres`, {
    selection: 'elected',
    startedOn: '2021-03-01',
    ...json,
  });

beforeAll(async () => {
  world = await createPartyTestWorld();
  const branch = async (villageId: string, name: string) =>
    (
      await world.call<{ id: string }>('county', 'POST', '/api/party/organizations', {
        villageId,
        kind: 'branch',
        name,
      })
    ).body.id;
  const b11 = await branch(world.villages.v11.id, '一村党支部');
  const b12 = await branch(world.villages.v12.id, '二村党支部');
  for (const name of ['刘书记', '陈委员']) await addMember('village', b11, name);
  for (const name of ['黄书记', '吴委员']) await addMember('otherVillage', b12, name);
  await openTerms('village', world.villages.v11.id, 'v11');
  await openTerms('otherVillage', world.villages.v12.id, 'v12');
});

afterAll(() => world.database.close());

describe('the two committees and their cadres', () => {
  it('computes 一肩挑 and cross-appointment from the cadres', async () => {
    expect(
      (
        await cadre('village', 'v11:party-branch-committee', {
          memberId: members.刘书记,
          post: 'secretary',
          isTwoRecommendationsOneElection: true,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await cadre('village', 'v11:party-branch-committee', {
          memberId: members.陈委员,
          post: 'member',
          selection: 'hired',
        })
      ).status,
    ).toBe(201);
    expect(
      (await cadre('village', 'v11:villagers-committee', { memberId: members.刘书记, post: 'director' }))
        .status,
    ).toBe(201);
    expect(
      (
        await cadre('village', 'v11:villagers-committee', {
          name: '村民甲',
          post: 'member',
          selection: 'seconded',
        })
      ).status,
    ).toBe(201);
    const res = await world.call<Committees>(
      'village',
      'GET',
      `/api/party/committees?villageId=${world.villages.v11.id}`,
    );
    expect(res.body).toMatchObject({
      isOneShoulder: true,
      secretaryName: '刘书记',
      directorName: '刘书记',
      crossAppointedCount: 1,
    });
    const flags = res.body.committees.flatMap((c) =>
      c.cadres.map((x) => `${c.kind}:${x.name}:${x.isCrossAppointed}`),
    );
    expect(flags.sort()).toEqual(
      [
        'party-branch-committee:刘书记:true',
        'party-branch-committee:陈委员:false',
        'villagers-committee:刘书记:true',
        'villagers-committee:村民甲:false',
      ].sort(),
    );
  });

  it("keeps each committee's rules: its posts, party members on the branch committee, one head at a time", async () => {
    const wrongPost = await cadre('village', 'v11:villagers-committee', { name: '某人', post: 'secretary' });
    expect(wrongPost.body.errors?.map((e) => e.path)).toEqual(['post']);
    const notMember = await cadre('village', 'v11:party-branch-committee', { name: '某人', post: 'member' });
    expect(notMember.body.errors?.map((e) => e.path)).toEqual(['memberId']);
    const outsideTerm = await cadre('village', 'v11:party-branch-committee', {
      memberId: members.陈委员,
      post: 'deputy-secretary',
      startedOn: '2020-01-01',
    });
    expect(outsideTerm.body.errors?.map((e) => e.path)).toEqual(['startedOn']);
    const secondHead = await cadre('village', 'v11:party-branch-committee', {
      memberId: members.陈委员,
      post: 'secretary',
      startedOn: '2022-01-01',
    });
    expect(secondHead.status).toBe(409);
    const otherVillagesMember = await cadre('village', 'v11:party-branch-committee', {
      memberId: members.黄书记,
      post: 'member',
    });
    expect(otherVillagesMember.body.errors?.map((e) => e.path)).toEqual(['memberId']);
    const otherVillagesCommittee = await cadre('village', 'v12:party-branch-committee', {
      memberId: members.刘书记,
      post: 'member',
    });
    expect(otherVillagesCommittee.status).toBe(404);
  });

  it("gives the county's 一肩挑 and cross-appointment ratios, within each user's villages", async () => {
    await cadre('otherVillage', 'v12:party-branch-committee', {
      memberId: members.黄书记,
      post: 'secretary',
    });
    await cadre('otherVillage', 'v12:party-branch-committee', { memberId: members.吴委员, post: 'member' });
    const director = await cadre('otherVillage', 'v12:villagers-committee', {
      memberId: members.吴委员,
      post: 'director',
      selection: 'dispatched',
    });
    const county = await world.call('county', 'GET', '/api/party/cadre-ratios');
    // 一村: 刘 (both), 陈, 村民甲 → 3 people, 1 cross; 二村: 黄, 吴 (both) → 2 people, 1 cross.
    expect(county.body).toMatchObject({
      villageCount: 2,
      villagesWithBothHeads: 2,
      oneShoulderVillages: 1,
      oneShoulderRatio: 0.5,
      cadreCount: 5,
      crossAppointedCount: 2,
      crossAppointmentRatio: 0.4,
    });
    const village = await world.call('otherVillage', 'GET', '/api/party/cadre-ratios');
    expect(village.body).toMatchObject({ villageCount: 1, oneShoulderRatio: 0, crossAppointmentRatio: 0.5 });
    const ended = await world.call('otherVillage', 'PATCH', `/api/party/cadres/${director.body.id}`, {
      endedOn: '2023-12-31',
    });
    expect(ended.status).toBe(200);
    const after = await world.call('county', 'GET', '/api/party/cadre-ratios');
    expect(after.body).toMatchObject({
      villagesWithBothHeads: 1,
      oneShoulderRatio: 1,
      crossAppointedCount: 1,
    });
    expect(
      (await world.call('otherVillage', 'GET', `/api/party/committees?villageId=${world.villages.v11.id}`))
        .status,
    ).toBe(404);
  });
});
