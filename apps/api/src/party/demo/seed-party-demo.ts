import type { Database } from '@cunshe/db';
import { partyOrganizations, villages } from '@cunshe/db/schema';
import type { PersonalDataProtector } from '@cunshe/personal-data';
import { and, eq, inArray } from 'drizzle-orm';
import { createPartyActivity } from '../activities/save-party-activity';
import { createVillageCommittee } from '../committees/create-village-committee';
import { addCadre, type CadreFields } from '../committees/save-cadre';
import { addDays, addMonths, todayInChina } from '../dates';
import { setDuesSettings } from '../dues/dues-settings';
import { recordPartyDues } from '../dues/record-party-dues';
import { fictionalIdNumber } from '../fictional-id-numbers';
import { createPartyMeeting } from '../meetings/save-party-meeting';
import { createPartyMember, type NewPartyMemberInput } from '../members/create-party-member';
import { addMemberContact, recordMemberAssessment } from '../members/unemployed-member-records';
import { createPartyOrganization } from '../organizations/create-party-organization';
import { ensureAssociationBranch } from '../organizations/ensure-association-branch';
import type { PartyScope } from '../party-scope';
import { seedCentreDemo } from './seed-centre-demo';

/** A demo village's people: who its secretary is, and whether the secretary also directs the villagers' committee. */
interface DemoVillage {
  code: string;
  /** 一肩挑 in this village. */
  isOneShoulder: boolean;
  associations?: { key: string; name: string }[];
  activityHint: string;
}

/** The seed's four pilots: 新建村 and 陈桥村 with 一肩挑; 潭江村 with its associations' branches. */
const DEMO_VILLAGES: DemoVillage[] = [
  { code: '361003100209', isOneShoulder: true, activityHint: '工业园区党员先锋岗' },
  {
    code: '361003107207',
    isOneShoulder: false,
    associations: [
      { key: 'private-economy', name: '民营经济协会党支部' },
      { key: 'sericulture', name: '蚕桑协会党支部' },
      { key: 'pig-farming', name: '生猪协会党支部' },
    ],
    activityHint: '蚕桑技术示范责任区',
  },
  { code: '361003201201', isOneShoulder: false, activityHint: '村落社区志愿者服务队' },
  { code: '361003202208', isOneShoulder: true, activityHint: '集镇义务劳动：清扫集市街道' },
];

const SURNAMES = [
  '李',
  '王',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '吴',
  '周',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
];
const GIVEN = [
  '建国',
  '秀英',
  '志强',
  '红梅',
  '海涛',
  '丽华',
  '文军',
  '春兰',
  '国庆',
  '玉兰',
  '德明',
  '桂芳',
  '振华',
  '小燕',
  '永红',
  '金凤',
];

/**
 * Members of one demo village, two of each category: fictional names, and fictional ID numbers that pass
 * GB 11643's checks, registered under 361029 (东乡县's code until 2016).
 */
function demoMembers(villageIndex: number, organizationId: string): NewPartyMemberInput[] {
  const person = (
    i: number,
    category: NewPartyMemberInput['category'],
    extra: Partial<NewPartyMemberInput> = {},
  ) => {
    const n = villageIndex * 8 + i;
    const gender = n % 3 === 1 ? 'female' : 'male';
    const year = 1955 + ((n * 7) % 40);
    const birthDate = `${year}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + ((n * 5) % 28)).padStart(2, '0')}`;
    return {
      organizationId,
      name: `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 5 + villageIndex * 3) % GIVEN.length]}`,
      idNumber: fictionalIdNumber({ regionCode: '361029', birthDate, sequence: 10 + n, gender }),
      phone: `139${String(70_000_000 + n * 1_117).padStart(8, '0')}`,
      category,
      status: i === 7 ? ('probationary' as const) : ('full' as const),
      joinedOn: `${year + 25}-07-01`,
      ...extra,
    } satisfies NewPartyMemberInput;
  };
  return [
    person(0, 'resident'),
    person(1, 'resident'),
    person(2, 'in-service', {
      employerName: '东乡区人民医院',
      employerPartyOrganization: '东乡区人民医院党委',
    }),
    person(3, 'in-service', {
      employerName: '孝岗镇中心小学',
      employerPartyOrganization: '孝岗镇中心学校党支部',
    }),
    person(4, 'unemployed', { registeredOn: '2023-04-10' }),
    person(5, 'unemployed', { registeredOn: '2024-09-02' }),
    person(6, 'floating', {
      certificateNumber: `赣抚流证${2024}${String(villageIndex * 10 + 1).padStart(4, '0')}`,
      certificateValidFrom: '2024-01-01',
      certificateValidUntil: '2026-12-31',
      currentLocation: '广东省东莞市长安镇',
      managementMode: 'proxy',
      managingOrganizationName: '东莞市长安镇流动党员党支部',
    }),
    person(7, 'floating', {
      certificateNumber: `赣抚流证${2025}${String(villageIndex * 10 + 2).padStart(4, '0')}`,
      certificateValidFrom: '2025-03-01',
      certificateValidUntil: '2027-02-28',
      currentLocation: '浙江省义乌市',
      managementMode: 'direct',
    }),
  ];
}

/**
 * Seeds the demo's party organization into the four pilot villages of the demo county: a branch (and a
 * party group; 潭江村 also its three associations' branches), both committees with cadres (选聘派挂, 两推一选,
 * 一肩挑 in 新建村 and 陈桥村), eight members of every category with fictional ID numbers that pass the
 * checksum, activities, 三会一课 (one absence with its reason, one overdue) and two months of dues with the
 * county's retained share; then the three centres (see `seedCentreDemo`). Demo mode only (the caller,
 * `seedDemo`, never runs in production). A village that already has a branch is left as it is (its
 * association branches may come first, with the industry-chain plugin), so a second start changes nothing.
 */
export async function seedPartyDemo(
  database: Database,
  input: { tenantId: string; protector: PersonalDataProtector; report: (line: string) => void },
): Promise<void> {
  const scope: PartyScope = { tenantId: input.tenantId };
  const today = todayInChina();
  const seeded = await database.withTenant(input.tenantId, async (tx) => {
    const pilots = await tx
      .select({ id: villages.id, code: villages.code, name: villages.name })
      .from(villages)
      .where(
        and(
          eq(villages.tenantId, input.tenantId),
          inArray(
            villages.code,
            DEMO_VILLAGES.map((v) => v.code),
          ),
        ),
      );
    // Association branches come with the industry-chain plugin, enabled before this runs: a village counts
    // as seeded once it has a branch of its own.
    const held = await tx
      .select({ villageId: partyOrganizations.villageId })
      .from(partyOrganizations)
      .where(
        and(
          eq(partyOrganizations.tenantId, input.tenantId),
          inArray(partyOrganizations.kind, ['branch', 'general-branch']),
        ),
      );
    const hasParty = new Set(held.map((h) => h.villageId));
    if (held.length === 0) {
      await setDuesSettings(tx, { scope, actor: null, settings: { retainedShareBasisPoints: 2000 } });
    }
    const names: string[] = [];
    for (const [index, demo] of DEMO_VILLAGES.entries()) {
      const village = pilots.find((p) => p.code === demo.code);
      if (!village || hasParty.has(village.id)) continue;
      const create = (organization: Parameters<typeof createPartyOrganization>[1]['organization']) =>
        createPartyOrganization(tx, { scope, actor: null, organization });
      const branch = await create({
        villageId: village.id,
        kind: 'branch',
        name: `${village.name}党支部`,
        establishedOn: '2008-06-18',
      });
      const group = await create({
        villageId: village.id,
        kind: 'party-group',
        name: '第一党小组',
        parentId: branch.id,
      });
      for (const association of demo.associations ?? []) {
        await ensureAssociationBranch(tx, {
          scope,
          actor: null,
          villageId: village.id,
          pluginId: 'industry-chain',
          associationKey: association.key,
          name: association.name,
        });
      }
      const members = [];
      for (const [i, member] of demoMembers(index, branch.id).entries()) {
        const groupId = i % 2 === 0 ? group.id : null;
        members.push(
          await createPartyMember(tx, {
            scope,
            actor: null,
            protector: input.protector,
            member: { ...member, groupId },
            today,
          }),
        );
      }
      const [m0, m1, m2, m3, m4, m5] = members;
      if (!m0 || !m1 || !m2 || !m3 || !m4 || !m5) throw new Error('demo: members missing');
      await tx
        .update(partyOrganizations)
        .set({ secretaryMemberId: m0.id })
        .where(and(eq(partyOrganizations.tenantId, input.tenantId), eq(partyOrganizations.id, branch.id)));

      const termStartedOn = addMonths(today, -8);
      const termEndsOn = addDays(addMonths(termStartedOn, 60), -1);
      const committee = (kind: 'party-branch-committee' | 'villagers-committee') =>
        createVillageCommittee(tx, {
          scope,
          actor: null,
          committee: { villageId: village.id, kind, termStartedOn, termEndsOn },
        });
      const branchCommittee = await committee('party-branch-committee');
      const villagersCommittee = await committee('villagers-committee');
      const cadre = (committeeId: string, fields: Omit<CadreFields, 'startedOn'>) =>
        addCadre(tx, { scope, actor: null, committeeId, cadre: { ...fields, startedOn: termStartedOn } });
      await cadre(branchCommittee.id, {
        memberId: m0.id,
        post: 'secretary',
        selection: 'elected',
        isTwoRecommendationsOneElection: true,
      });
      await cadre(branchCommittee.id, {
        memberId: m1.id,
        post: 'deputy-secretary',
        selection: 'elected',
        isTwoRecommendationsOneElection: true,
      });
      await cadre(branchCommittee.id, {
        memberId: m3.id,
        post: 'member',
        selection: index === 2 ? 'dispatched' : 'hired',
      });
      if (demo.isOneShoulder) {
        await cadre(villagersCommittee.id, { memberId: m0.id, post: 'director', selection: 'elected' });
      } else {
        await cadre(villagersCommittee.id, {
          name: index === 1 ? '熊国平' : '邹卫东',
          post: 'director',
          selection: 'elected',
        });
      }
      await cadre(villagersCommittee.id, { memberId: m1.id, post: 'deputy-director', selection: 'elected' });
      await cadre(villagersCommittee.id, {
        name: '万桂香',
        post: 'member',
        selection: index === 3 ? 'seconded' : 'elected',
      });

      const kinds = ['vanguard-post', 'demonstration-zone', 'volunteer-team', 'voluntary-labour'] as const;
      await createPartyActivity(tx, {
        scope,
        actor: null,
        villageId: village.id,
        activity: {
          organizationId: branch.id,
          kind: kinds[index] ?? 'vanguard-post',
          title: demo.activityHint,
          startedOn: addMonths(today, -3),
        },
        participants: [
          { memberId: m0.id, hours: 12, role: '负责人' },
          { memberId: m2.id, hours: 8 },
        ],
      });
      await createPartyActivity(tx, {
        scope,
        actor: null,
        villageId: village.id,
        activity: {
          kind: 'dedication-day',
          title: '党员奉献日：清理村道沟渠',
          startedOn: addDays(today, -20),
          location: `${village.name}村委会`,
        },
        participants: [
          { memberId: m0.id, hours: 3 },
          { memberId: m1.id, hours: 3 },
          { memberId: m4.id, hours: 2.5 },
        ],
      });
      await createPartyActivity(tx, {
        scope,
        actor: null,
        villageId: village.id,
        activity: {
          kind: 'pairing-assistance',
          title: '结对帮扶困难户',
          startedOn: addMonths(today, -6),
          householdName: '余老伯家',
          householdSituation: '老人独居，需定期探望、代办医保缴费',
        },
        participants: [{ memberId: m1.id, hours: 10, role: '帮扶责任人' }],
      });

      await createPartyMeeting(tx, {
        scope,
        actor: null,
        organizationId: branch.id,
        meeting: {
          kind: 'general-meeting',
          topic: '学习党章，开展民主评议党员',
          heldOn: addMonths(today, -1),
          location: '党员活动室',
        },
        attendance: [
          ...[m0, m1, m2, m3, m4].map((m) => ({ memberId: m.id, isPresent: true })),
          { memberId: m5.id, isPresent: false, absenceReason: '在外务工，已书面请假' },
        ],
      });
      await createPartyMeeting(tx, {
        scope,
        actor: null,
        organizationId: branch.id,
        meeting: {
          kind: 'committee-meeting',
          topic: '研究本月为民办实事事项',
          heldOn: addMonths(today, index === 3 ? -2 : 0),
        },
        attendance: [m0, m1, m3].map((m) => ({ memberId: m.id, isPresent: true })),
      });
      await createPartyMeeting(tx, {
        scope,
        actor: null,
        organizationId: branch.id,
        meeting: {
          kind: 'party-lesson',
          topic: '书记讲党课：城市社区服务功能进村',
          plannedOn: addDays(today, index === 1 ? -10 : 14),
        },
      });
      await createPartyMeeting(tx, {
        scope,
        actor: null,
        organizationId: group.id,
        meeting: { kind: 'group-meeting', topic: '小组学习与谈心谈话', heldOn: addDays(today, -12) },
        attendance: [{ memberId: m0.id, isPresent: true }],
      });

      await addMemberContact(tx, {
        scope,
        actor: null,
        memberId: m4.id,
        contact: {
          contactedOn: addDays(today, -30),
          method: 'visit',
          note: '上门走访，介绍社保局服务点的再就业岗位',
        },
      });
      await recordMemberAssessment(tx, {
        scope,
        actor: null,
        memberId: m4.id,
        assessment: {
          period: String(Number(today.slice(0, 4)) - 1),
          assessedOn: addMonths(today, -10),
          result: 'competent',
        },
      });
      for (const monthsAgo of [2, 1, 0]) {
        const month = addMonths(today, -monthsAgo).slice(0, 7);
        // This month's dues are still coming in: half the members have paid.
        for (const member of monthsAgo === 0 ? members.slice(0, 4) : members) {
          await recordPartyDues(tx, {
            scope,
            actor: null,
            dues: {
              memberId: member.id,
              month,
              amountFen: member.category === 'in-service' ? 3000 : 200,
              paidOn: monthsAgo === 0 ? today : `${month}-10`,
            },
          });
        }
      }
      names.push(village.name);
    }
    return names;
  });
  if (seeded.length > 0) input.report(`party organization seeded in ${seeded.join('、')}`);
  const centres = await database.withTenant(input.tenantId, (tx) =>
    seedCentreDemo(tx, { scope, villageCodes: DEMO_VILLAGES.map((v) => v.code) }),
  );
  if (centres.length > 0) input.report(`party centres seeded in ${centres.join('、')}`);
}
