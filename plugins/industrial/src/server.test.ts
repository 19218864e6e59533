import { createPluginTestHost, type PluginTestHost } from '@cunshe/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { industrialPlugin } from './server';

let host: PluginTestHost;
/** 新建村's stand-in: the test county's industrial village. */
let village: string;
/** The village admin's own village, where a county admin enabled the plugin with an override. */
let own: string;

const base = (villageId: string) => `/api/plugins/industrial/villages/${villageId}`;

async function fieldPaths(res: Response): Promise<string[]> {
  expect(res.status).toBe(400);
  const body = (await res.json()) as { errors: { path: string }[] };
  return body.errors.map((error) => error.path).sort();
}

beforeAll(async () => {
  host = await createPluginTestHost({ plugins: [industrialPlugin] });
  village = host.county.villages.industrial;
  own = host.county.villages['industry-chain'];
  await host.enable('industrial', village);
  await host.enable('industrial', own, '邻村工人多，试点县直服务点');
});
afterAll(() => host.close());

describe('工业型: the catalogue', () => {
  it('has the service points of 社保局, 医保办 and 就业局, each provided by its bureau', () => {
    expect(industrialPlugin.villageTypes).toEqual(['industrial']);
    expect(
      industrialPlugin.serviceStations?.map((s) => [
        s.name['zh-CN'],
        s.category,
        s.services[0]?.provider?.['zh-CN'],
      ]),
    ).toEqual([
      ['县社保局服务点', 'county-bureau-point', '县社保局'],
      ['县医保办服务点', 'county-bureau-point', '县医保办'],
      ['县就业局服务点', 'county-bureau-point', '县就业局'],
    ]);
    const services = industrialPlugin.serviceStations?.flatMap((s) => s.services.map((x) => x.name['zh-CN']));
    expect(services).toEqual(
      expect.arrayContaining(['缴纳社保', '缴纳医保', '求职登记', '寻找合适就业岗位']),
    );
  });

  it('is refused on a village of another type without an override', async () => {
    await expect(host.enable('industrial', host.county.villages.suburban)).rejects.toThrow(
      /enable industrial/,
    );
  });

  it('lists the points with the village’s hours and their forms', async () => {
    const res = await host.countyAdmin.request(`${base(village)}/service-points`);
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as {
      items: { key: string; openingHours: string; forms: { key: string }[] }[];
    };
    expect(items.map((p) => [p.key, p.forms.map((f) => f.key)])).toEqual([
      ['social-insurance-point', ['social-insurance-payment']],
      ['medical-insurance-point', ['medical-insurance-payment']],
      ['employment-point', ['job-seeker-registration']],
    ]);
    expect(items[0]?.openingHours).toBe('周一至周五 8:30-12:00, 14:30-17:30');
  });
});

describe('工业型: job seekers, openings and matching', () => {
  it('matches seekers to an opening by age, schooling, wage, shifts and skills', async () => {
    const seekers = [
      {
        name: '刘焊工',
        gender: 'male',
        birthYear: 1985,
        education: 'junior',
        skills: ['电焊'],
        desiredWork: '焊工',
        expectedMonthlyWageFen: 500_000,
        canWorkShifts: true,
      },
      {
        name: '陈大姐',
        gender: 'female',
        birthYear: 1975,
        education: 'primary',
        skills: ['缝纫'],
        desiredWork: '车工',
        canWorkShifts: false,
      },
      {
        name: '小周',
        gender: 'male',
        birthYear: 2003,
        education: 'senior',
        skills: ['叉车', '电焊'],
        desiredWork: '普工',
        expectedMonthlyWageFen: 450_000,
        canWorkShifts: true,
        mobile: '13900000001',
      },
    ];
    const ids: Record<string, string> = {};
    for (const seeker of seekers) {
      const res = await host.countyAdmin.request(`${base(village)}/job-seekers`, {
        method: 'POST',
        json: seeker,
      });
      expect(res.status).toBe(201);
      ids[seeker.name] = ((await res.json()) as { id: string }).id;
    }
    const posted = await host.countyAdmin.request(`${base(village)}/job-openings`, {
      method: 'POST',
      json: {
        employer: '孝岗工业园某机械厂',
        title: '焊工',
        headcount: 5,
        wageMinFen: 450_000,
        wageMaxFen: 650_000,
        minAge: 18,
        maxAge: 50,
        minEducation: 'junior',
        skills: ['电焊'],
        workplace: '孝岗镇工业园',
        needsShifts: true,
      },
    });
    expect(posted.status).toBe(201);
    const opening = (await posted.json()) as { id: string; postedByName: string };
    expect(opening.postedByName).toBe('county-a-admin');

    const matches = await host.countyAdmin.request(`${base(village)}/job-openings/${opening.id}/matches`);
    const body = (await matches.json()) as {
      items: { seeker: { name: string }; score: number; reasons: string[] }[];
    };
    expect(body.items.map((m) => [m.seeker.name, m.score, m.reasons])).toEqual([
      ['刘焊工', 3, ['skill:电焊', 'desired-work']],
      ['小周', 2, ['skill:电焊']],
    ]);

    const forSeeker = await host.countyAdmin.request(`${base(village)}/job-seekers/${ids.陈大姐}/matches`);
    expect(((await forSeeker.json()) as { items: unknown[] }).items).toEqual([]);

    // Placed: no longer seeking, so no longer matched.
    const placed = await host.countyAdmin.request(`${base(village)}/job-seekers/${ids.刘焊工}`, {
      method: 'PATCH',
      json: { isSeeking: false },
    });
    expect(placed.status).toBe(200);
    const after = await host.countyAdmin.request(`${base(village)}/job-openings/${opening.id}/matches`);
    expect(
      ((await after.json()) as { items: { seeker: { name: string } }[] }).items.map((m) => m.seeker.name),
    ).toEqual(['小周']);

    const seeking = await host.countyAdmin.request(`${base(village)}/job-seekers?isSeeking=true`);
    expect(await seeking.json()).toMatchObject({ total: 2, page: 1, pageSize: 20 });

    const closed = await host.countyAdmin.request(`${base(village)}/job-openings/${opening.id}`, {
      method: 'PATCH',
      json: { isOpen: false },
    });
    expect(await closed.json()).toMatchObject({ isOpen: false });
    const open = await host.countyAdmin.request(`${base(village)}/job-openings?isOpen=true`);
    expect(await open.json()).toMatchObject({ total: 0 });
  });

  it('names each bad field of a seeker and an opening, including ranges against stored values', async () => {
    const seeker = await host.countyAdmin.request(`${base(village)}/job-seekers`, {
      method: 'POST',
      json: {
        name: '',
        gender: 'x',
        birthYear: 1930,
        education: 'junior',
        desiredWork: '普工',
        canWorkShifts: 'yes',
        skills: ['a'.repeat(30)],
      },
    });
    expect(await fieldPaths(seeker)).toEqual(['birthYear', 'canWorkShifts', 'gender', 'name', 'skills.0']);
    const opening = await host.countyAdmin.request(`${base(village)}/job-openings`, {
      method: 'POST',
      json: {
        employer: '某厂',
        title: '普工',
        headcount: 0,
        wageMinFen: 500_000,
        wageMaxFen: 400_000,
        minAge: 40,
        maxAge: 30,
        skills: [],
        workplace: '工业园',
        needsShifts: false,
      },
    });
    expect(await fieldPaths(opening)).toEqual(['headcount', 'maxAge', 'wageMaxFen']);

    const good = await host.countyAdmin.request(`${base(village)}/job-openings`, {
      method: 'POST',
      json: {
        employer: '某厂',
        title: '普工',
        headcount: 2,
        wageMinFen: 400_000,
        wageMaxFen: 500_000,
        skills: [],
        workplace: '工业园',
        needsShifts: false,
      },
    });
    const { id } = (await good.json()) as { id: string };
    const lower = await host.countyAdmin.request(`${base(village)}/job-openings/${id}`, {
      method: 'PATCH',
      json: { wageMaxFen: 300_000 },
    });
    expect(await fieldPaths(lower)).toEqual(['wageMaxFen']);
  });
});

describe('工业型: 一岗双责', () => {
  it('lets the village admin record each cadre’s post with its party-building and service duties', async () => {
    const added = await host.villageAdmin.request(`${base(own)}/cadre-duties`, {
      method: 'POST',
      json: {
        cadreName: '李书记',
        post: '村党支部书记',
        partyBuildingDuty: '抓“五个好”村党支部创建，落实三会一课',
        serviceDuty: '协调县社保局、医保办、就业局服务点工作',
        sortOrder: 1,
      },
    });
    expect(added.status).toBe(201);
    const { id } = (await added.json()) as { id: string };
    await host.villageAdmin.request(`${base(own)}/cadre-duties`, {
      method: 'POST',
      json: {
        cadreName: '王委员',
        post: '村委会委员',
        partyBuildingDuty: '联系流动党员',
        serviceDuty: '坐班就业局服务点，负责求职登记',
        servicePointKey: 'employment-point',
        sortOrder: 2,
      },
    });
    const changed = await host.villageAdmin.request(`${base(own)}/cadre-duties/${id}`, {
      method: 'PATCH',
      json: { post: '村党支部书记、村委会主任' },
    });
    expect(changed.status).toBe(200);
    const list = await host.villageAdmin.request(`${base(own)}/cadre-duties`);
    expect(await list.json()).toMatchObject({
      total: 2,
      items: [
        { cadreName: '李书记', post: '村党支部书记、村委会主任' },
        { cadreName: '王委员', servicePointKey: 'employment-point' },
      ],
    });
    expect(
      (await host.villageAdmin.request(`${base(own)}/cadre-duties/${id}`, { method: 'DELETE' })).status,
    ).toBe(204);
  });

  it('names each bad field of a duty record', async () => {
    const res = await host.villageAdmin.request(`${base(own)}/cadre-duties`, {
      method: 'POST',
      json: {
        cadreName: '张',
        post: '',
        partyBuildingDuty: '',
        serviceDuty: '服务',
        servicePointKey: 'tax-point',
      },
    });
    expect(await fieldPaths(res)).toEqual(['partyBuildingDuty', 'post', 'servicePointKey']);
  });
});

describe('工业型: a villager pays social insurance at the point, through the host', () => {
  it('becomes a service request at the social insurance bureau’s point, its ID number masked', async () => {
    const res = await host.countyAdmin.request('/api/forms/industrial/social-insurance-payment/submissions', {
      method: 'POST',
      json: {
        villageId: village,
        idempotencyKey: 'industrial-social-0001',
        villager: { name: '张工人', phone: '13800138000' },
        data: {
          idNumber: '361029197003150029',
          scheme: 'rural-pension',
          grade: '500',
          year: 2026,
          isFirstTime: true,
        },
      },
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      station: string;
      serviceRequest: { status: string };
      data: { idNumber: string };
    };
    expect(body).toMatchObject({
      station: 'industrial:social-insurance-point',
      serviceRequest: { status: 'submitted' },
    });
    expect(body.data.idNumber).not.toBe('361029197003150029');
  });
});

describe('工业型: who may see what', () => {
  it("keeps another county's user out (404) and changes nothing", async () => {
    for (const path of ['/service-points', '/job-seekers', '/job-openings', '/cadre-duties']) {
      expect((await host.otherCountyAdmin.request(`${base(village)}${path}`)).status).toBe(404);
    }
    const write = await host.otherCountyAdmin.request(`${base(village)}/cadre-duties`, {
      method: 'POST',
      json: { cadreName: '外县', post: '书记', partyBuildingDuty: '无', serviceDuty: '无' },
    });
    expect(write.status).toBe(404);
    const list = await host.countyAdmin.request(`${base(village)}/cadre-duties`);
    expect(await list.json()).toMatchObject({ total: 0 });
  });

  it('keeps the village admin to their own village, and answers 404 to ids that are not UUIDs', async () => {
    expect((await host.villageAdmin.request(`${base(village)}/job-seekers`)).status).toBe(404);
    expect((await host.countyAdmin.request(`${base(village)}/job-openings/1/matches`)).status).toBe(404);
    expect((await host.countyAdmin.request(`${base('x')}/job-openings`)).status).toBe(404);
  });
});
