import { type AuthUser, toAuthUser } from '@cunshe/auth';
import type { Database } from '@cunshe/db';
import { users, villages } from '@cunshe/db/schema';
import type { PersonalDataProtector } from '@cunshe/personal-data';
import { and, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from '../context';
import { submitForm } from '../forms/submit-form';
import { addDays, todayInChina } from '../party/dates';
import { pluginRoutes } from '../plugin-host/mount-plugin-routes';
import type { PluginRegistry } from '../plugin-host/plugin-registry';

/** The pilots by code (seed paragraph 城乡一体，创新模式). */
const 新建村 = '361003100209';
const 潭江村 = '361003107207';
const 上杨村 = '361003201201';
const 陈桥村 = '361003202208';

/** Mobile numbers of the demo's people, plainly made up: 138 0000 xxxx. */
const mobile = (n: number) => `1380000${String(n).padStart(4, '0')}`;

/** A plugin route's answer other than 2xx, with its status and problem text. */
class RouteError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Calls a plugin route as the demo county admin; answers the JSON, or throws a {@link RouteError}. */
type Call = <T = Record<string, unknown>>(method: string, path: string, body?: unknown) => Promise<T>;

/** Whether a village's plugin has no rows yet (so a second start adds nothing); false where it is not enabled. */
async function isEmpty(call: Call, path: string): Promise<boolean> {
  try {
    const list = await call<{ total: number }>('GET', path);
    return list.total === 0;
  } catch (error) {
    // 404: the plugin is not loaded or not enabled in this village, so there is nothing to seed there.
    if (error instanceof RouteError && error.status === 404) return false;
    throw error;
  }
}

async function seedStations(call: Call, villageId: string, name: string, today: string) {
  const base = `/api/plugins/stations/villages/${villageId}`;
  if (!(await isEmpty(call, `${base}/staff`))) return 0;
  const staff = [
    { stationKey: 'help-station', name: '刘建华', post: '站长（村委会副主任兼）' },
    { stationKey: 'agriculture-station', name: '黄志强', post: '农技员' },
    { stationKey: 'medical-station', name: '吴秀英', post: '乡村医生' },
    { stationKey: 'police-station', name: '周国平', post: '驻村辅警' },
    { stationKey: 'culture-room', name: '徐丽萍', post: '文化管理员' },
  ];
  for (const [i, row] of staff.entries()) {
    await call('POST', `${base}/staff`, { ...row, mobile: mobile(100 + i) });
  }
  const activities = [
    {
      roomKey: 'publicity-room',
      heldOn: addDays(today, -20),
      topic: '党的二十届三中全会精神宣讲',
      attendance: 36,
    },
    { roomKey: 'publicity-room', heldOn: addDays(today, -9), topic: '防范电信诈骗知识讲座', attendance: 52 },
    { roomKey: 'culture-room', heldOn: addDays(today, -13), topic: '广场舞队排练', attendance: 24 },
    { roomKey: 'culture-room', heldOn: addDays(today, -2), topic: '农家书屋读书分享会', attendance: 15 },
  ];
  for (const activity of activities) {
    await call('POST', `${base}/room-activities`, { ...activity, note: `演示数据（${name}）` });
  }
  return staff.length + activities.length;
}

async function seedIndustrial(call: Call, villageId: string, today: string) {
  const base = `/api/plugins/industrial/villages/${villageId}`;
  if (!(await isEmpty(call, `${base}/job-seekers`))) return 0;
  const seekers = [
    {
      name: '李红梅',
      gender: 'female',
      birthYear: 1988,
      education: 'junior',
      skills: ['缝纫'],
      desiredWork: '服装厂车工',
      expectedMonthlyWageFen: 400_000,
      canWorkShifts: false,
    },
    {
      name: '王建军',
      gender: 'male',
      birthYear: 1979,
      education: 'senior',
      skills: ['电焊', '叉车'],
      desiredWork: '电焊工',
      expectedMonthlyWageFen: 600_000,
      canWorkShifts: true,
    },
    {
      name: '张晓东',
      gender: 'male',
      birthYear: 1999,
      education: 'college',
      skills: ['电工'],
      desiredWork: '设备维修',
      expectedMonthlyWageFen: 550_000,
      canWorkShifts: true,
    },
  ];
  for (const [i, seeker] of seekers.entries()) {
    await call('POST', `${base}/job-seekers`, { ...seeker, mobile: mobile(200 + i) });
  }
  const openings = [
    {
      employer: '孝岗镇工业园区某电子厂（演示）',
      title: '流水线操作工',
      headcount: 20,
      wageMinFen: 450_000,
      wageMaxFen: 600_000,
      minAge: 18,
      maxAge: 45,
      skills: [],
      workplace: '孝岗镇工业园区',
      needsShifts: true,
      closesOn: addDays(today, 30),
    },
    {
      employer: '孝岗镇工业园区某机械厂（演示）',
      title: '电焊工',
      headcount: 5,
      wageMinFen: 600_000,
      wageMaxFen: 800_000,
      minEducation: 'junior',
      skills: ['电焊'],
      workplace: '孝岗镇工业园区',
      needsShifts: true,
    },
    {
      employer: '孝岗镇某服装厂（演示）',
      title: '车工',
      headcount: 10,
      wageMinFen: 380_000,
      wageMaxFen: 520_000,
      skills: ['缝纫'],
      workplace: '孝岗镇',
      needsShifts: false,
    },
  ];
  for (const opening of openings) await call('POST', `${base}/job-openings`, opening);
  return seekers.length + openings.length;
}

async function seedIndustryChain(call: Call, villageId: string, today: string) {
  const base = `/api/plugins/industry-chain/villages/${villageId}/associations`;
  if (!(await isEmpty(call, `${base}/sericulture/members`))) return 0;
  const people: Record<string, [string, string][]> = {
    'practical-tech-talent': [
      ['胡德明', '农机维修 15 年'],
      ['朱春生', '果树嫁接'],
      ['高玉兰', '大棚蔬菜种植'],
    ],
    'private-economy': [
      ['陈国庆', '竹木加工厂，员工 30 人'],
      ['杨卫东', '农资经营部'],
      ['孙小燕', '电商网店，销售本地特产'],
    ],
    sericulture: [
      ['黄金水', '桑园 20 亩，年养蚕 12 张'],
      ['李桂香', '桑园 12 亩，年养蚕 8 张'],
      ['吴春花', '桑园 6 亩，年养蚕 4 张'],
    ],
    'pig-farming': [
      ['张福生', '存栏 300 头，能繁母猪 30 头'],
      ['刘长根', '存栏 120 头'],
      ['周冬梅', '存栏 60 头'],
    ],
  };
  const titles = ['president', 'secretary-general', null];
  let count = 0;
  for (const [key, members] of Object.entries(people)) {
    for (const [i, [name, scale]] of members.entries()) {
      await call('POST', `${base}/${key}/members`, {
        name,
        scale,
        mobile: mobile(300 + count),
        officerTitle: titles[i] ?? null,
        joinedOn: addDays(today, -400 + i * 90),
      });
      count++;
    }
    // The seed's 民营经济、蚕桑、生猪 associations each have their own party branch.
    if (key === 'practical-tech-talent') continue;
    const [secretary, second] = members;
    if (secretary)
      await call('POST', `${base}/${key}/branch-members`, { name: secretary[0], post: 'secretary' });
    if (second) await call('POST', `${base}/${key}/branch-members`, { name: second[0], post: 'member' });
    count += 2;
  }
  return count;
}

async function seedSuburban(call: Call, villageId: string, today: string) {
  const base = `/api/plugins/suburban/villages/${villageId}`;
  if (!(await isEmpty(call, `${base}/volunteers`))) return 0;
  const people = [
    { name: '杨春华', skills: '理发、陪护老人', isPartyMember: true },
    { name: '杨志刚', skills: '水电维修', isPartyMember: true },
    { name: '胡美玲', skills: '广场舞、宣传', isPartyMember: false },
    { name: '徐建新', skills: '治安巡逻', isPartyMember: false },
  ];
  const ids: string[] = [];
  for (const [i, person] of people.entries()) {
    const volunteer = await call<{ id: string }>('POST', `${base}/volunteers`, {
      ...person,
      mobile: mobile(400 + i),
      joinedOn: addDays(today, -300),
    });
    ids.push(volunteer.id);
  }
  const [a = '', b = '', c = '', d = ''] = ids;
  const records = [
    {
      servedOn: addDays(today, -40),
      kind: 'dedication-day',
      place: '村委会广场',
      description: '党员奉献日：清理村道垃圾（演示数据）',
      entries: [
        { volunteerId: a, hours: 3 },
        { volunteerId: b, hours: 3 },
        { volunteerId: c, hours: 2.5 },
      ],
    },
    {
      servedOn: addDays(today, -25),
      kind: 'elder-care',
      place: '三组独居老人家中',
      description: '为独居老人理发、打扫卫生（演示数据）',
      entries: [
        { volunteerId: a, hours: 2 },
        { volunteerId: c, hours: 2 },
      ],
    },
    {
      servedOn: addDays(today, -6),
      kind: 'public-security',
      place: '村内主干道',
      description: '夜间治安联防巡逻（演示数据）',
      entries: [
        { volunteerId: b, hours: 2.5 },
        { volunteerId: d, hours: 2.5 },
      ],
    },
  ];
  for (const record of records) await call('POST', `${base}/service-records`, record);
  return ids.length + records.length;
}

async function seedFloatingMembers(call: Call, villageId: string, today: string) {
  const base = `/api/plugins/market-town/villages/${villageId}/floating-members`;
  if (!(await isEmpty(call, base))) return 0;
  const members = [
    {
      name: '陈志勇',
      destination: '广东省东莞市',
      work: '电子厂班组长',
      management: 'joint',
      certificateNumber: '演示-2024-001',
      leftOn: addDays(today, -500),
      checkIns: [-150, -40],
    },
    {
      name: '陈桂兰',
      destination: '浙江省义乌市',
      work: '小商品经营',
      management: 'direct',
      leftOn: addDays(today, -300),
      checkIns: [-120],
    },
    {
      name: '万小军',
      destination: '江西省南昌市',
      work: '建筑工地施工员',
      management: 'proxy',
      leftOn: addDays(today, -200),
      checkIns: [-10],
    },
  ];
  let count = 0;
  for (const [i, { checkIns, ...member }] of members.entries()) {
    const row = await call<{ id: string }>('POST', base, { ...member, mobile: mobile(500 + i) });
    for (const days of checkIns) {
      await call('POST', `${base}/${row.id}/records`, {
        kind: 'check-in',
        happenedOn: addDays(today, days),
        place: member.destination,
        channel: days > -30 ? 'online' : 'phone',
        description: '电话/微信向村党支部报到，汇报思想和工作情况（演示数据）',
      });
      count++;
    }
    if (i === 0) {
      await call('POST', `${base}/${row.id}/records`, {
        kind: 'activity',
        happenedOn: addDays(today, -60),
        place: '东莞市流动党员党支部',
        description: '参加所在地流动党员党支部主题党日（演示数据）',
      });
      count++;
    }
    count++;
  }
  return count;
}

/**
 * Four agency requests (代办), one at each stage of the trip to the county town and back; each step moves the
 * service request along too (已提交, 办理中 twice, 已办结), as staff stepping it on the point's page would.
 */
const AGENCY_REQUESTS = [
  {
    villager: '陈水根',
    matter: 'household-and-id',
    description: '补办第二代身份证（原证遗失）',
    documents: '户口本、一寸照片两张',
    steps: [],
  },
  {
    villager: '万春梅',
    matter: 'social-and-medical-insurance',
    description: '办理城乡居民医保异地就医备案',
    documents: '身份证复印件、社保卡',
    steps: [{ to: 'sent', countyOffice: '东乡区医疗保障局', carried: '身份证复印件、社保卡' }],
  },
  {
    villager: '陈火生',
    matter: 'farm-subsidies',
    description: '耕地地力保护补贴未到账，代为查询',
    documents: '一卡通存折复印件',
    steps: [
      { to: 'sent', countyOffice: '东乡区农业农村局', carried: '一卡通存折复印件' },
      { to: 'result-back', result: '补贴已于本月发放至一卡通，附银行流水' },
    ],
  },
  {
    villager: '李三妹',
    matter: 'civil-affairs',
    description: '申请高龄老人补贴',
    documents: '身份证、户口本复印件',
    steps: [
      { to: 'sent', countyOffice: '东乡区民政局', carried: '身份证、户口本复印件' },
      { to: 'result-back', result: '审核通过，下月起按月发放' },
      { to: 'returned', note: '已将审批表交还本人' },
    ],
  },
];

async function seedAgencyRequests(
  call: Call,
  input: {
    database: Database;
    registry: PluginRegistry;
    protector: PersonalDataProtector;
    actor: AuthUser;
    tenantId: string;
    villageId: string;
    logger: Logger;
    today: string;
  },
) {
  const base = `/api/plugins/market-town/villages/${input.villageId}/agency-requests`;
  if (!(await isEmpty(call, base))) return 0;
  for (const [i, request] of AGENCY_REQUESTS.entries()) {
    const { submission } = await input.database.withTenant(input.tenantId, (tx) =>
      submitForm(tx, {
        registry: input.registry,
        protector: input.protector,
        scope: { tenantId: input.tenantId },
        actor: input.actor,
        pluginId: 'market-town',
        formKey: 'agency-request',
        villageId: input.villageId,
        idempotencyKey: `demo-agency-request-${i + 1}`,
        villager: { name: request.villager, phone: mobile(600 + i) },
        data: {
          matter: request.matter,
          description: request.description,
          documents: request.documents,
          hasLeftOriginals: false,
        },
        locale: 'zh-CN',
        requestId: 'demo-seed',
        logger: input.logger,
      }),
    );
    // The trip's steps happen today: the request was received today too.
    for (const step of request.steps) {
      await call('POST', `${base}/${submission.id}/steps`, { ...step, on: input.today });
    }
  }
  return AGENCY_REQUESTS.length;
}

/**
 * Seeds a few believable, clearly demo records into the village-type plugins of the four pilots, through the
 * plugins' own routes (so every row is validated and audited as the demo county admin `demo`): the stations'
 * staff and room activity logs in each pilot; job seekers and openings in 新建村; members, officers and
 * party-branch members of each association in 潭江村; volunteers and their service records in 上杨村;
 * floating members with check-ins and agency requests at every stage in 陈桥村. A plugin already holding
 * rows in a village is left alone, so a second start adds nothing. Demo mode only (the caller checks).
 * @param input.personalData seals the villagers' data of the agency requests; without it they are skipped.
 */
export async function seedPluginDemo(
  database: Database,
  input: {
    plugins: PluginRegistry;
    logger: Logger;
    report: (line: string) => void;
    personalData?: PersonalDataProtector | undefined;
  },
): Promise<void> {
  const [demo] = await database.withPlatform((tx) =>
    tx.select().from(users).where(eq(users.username, 'demo')),
  );
  if (!demo?.tenantId) return;
  const tenantId = demo.tenantId;
  const actor = toAuthUser(demo);
  const pilots = await database.withTenant(tenantId, (tx) =>
    tx
      .select({ id: villages.id, code: villages.code, name: villages.name })
      .from(villages)
      .where(and(eq(villages.tenantId, tenantId), inArray(villages.code, [新建村, 潭江村, 上杨村, 陈桥村]))),
  );
  const idOf = (code: string) => pilots.find((village) => village.code === code)?.id;

  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('user', actor);
    c.set('requestId', 'demo-seed');
    await next();
  });
  app.route('/', pluginRoutes({ database, logger: input.logger, registry: input.plugins }));
  const call: Call = async (method, path, body) => {
    const response = await app.request(path, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    if (!response.ok) {
      throw new RouteError(response.status, `${method} ${path}: ${response.status} ${await response.text()}`);
    }
    return (await response.json()) as never;
  };

  const today = todayInChina();
  let count = 0;
  for (const village of pilots) count += await seedStations(call, village.id, village.name, today);
  const 新建 = idOf(新建村);
  if (新建) count += await seedIndustrial(call, 新建, today);
  const 潭江 = idOf(潭江村);
  if (潭江) count += await seedIndustryChain(call, 潭江, today);
  const 上杨 = idOf(上杨村);
  if (上杨) count += await seedSuburban(call, 上杨, today);
  const 陈桥 = idOf(陈桥村);
  if (陈桥) {
    count += await seedFloatingMembers(call, 陈桥, today);
    if (input.personalData) {
      count += await seedAgencyRequests(call, {
        database,
        registry: input.plugins,
        protector: input.personalData,
        actor,
        tenantId,
        villageId: 陈桥,
        logger: input.logger,
        today,
      });
    }
  }
  if (count > 0) input.report(`seeded ${count} demo records into the village-type plugins`);
}
