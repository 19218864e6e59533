import { createUser } from '@cunshe/auth';
import type { Database } from '@cunshe/db';
import { villages } from '@cunshe/db/schema';
import { importDivisions, onboardCounty } from '@cunshe/divisions';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, createTestApp, logIn } from '../auth/test-kit';

type App = Awaited<ReturnType<typeof createTestApp>>['app'];
type Rubric = {
  criterion: string;
  weightBp: number;
  items: { id: string; title: string; weightBp: number }[];
}[];
type Assessment = {
  status: string;
  totalScore: string | null;
  version: number;
  criteria: { items: { id: string; score: string | null }[] }[];
};
type Problem = { errors?: { path: string }[] };

const password = 'evaluation-test-password';
const XINJIAN = '361003100209'; // 孝岗镇新建村
const TANJIANG = '361003107207'; // 黎圩镇潭江村
let app: App;
let database: Database;
let county: string;
let xiaogang: string;
let liwei: string;
let xinjianAdmin: string;
let otherCounty: string;
let xinjianId: string;
let tanjiangId: string;

async function call<T>(token: string, method: string, path: string, json?: unknown) {
  const res = await app.request(path, asUser(token, { method, ...(json === undefined ? {} : { json }) }));
  return { status: res.status, body: (await res.json()) as T };
}

beforeAll(async () => {
  ({ app, database } = await createTestApp());
  await importDivisions(database, { prefixes: ['3610'] });
  const tenantId = (await onboardCounty(database, { code: '361003' })).tenantId;
  const otherTenant = (await onboardCounty(database, { code: '361002' })).tenantId;
  const rows = await database.withTenant(tenantId, (tx) =>
    tx
      .select()
      .from(villages)
      .where(inArray(villages.code, [XINJIAN, TANJIANG])),
  );
  const xinjian = rows.find((v) => v.code === XINJIAN);
  const tanjiang = rows.find((v) => v.code === TANJIANG);
  if (!xinjian || !tanjiang) throw new Error('pilot villages missing');
  xinjianId = xinjian.id;
  tanjiangId = tanjiang.id;
  const accounts = [
    { username: 'eval-county', role: 'county-admin' as const, tenantId },
    { username: 'eval-xiaogang', role: 'township-admin' as const, tenantId, townshipId: xinjian.townshipId },
    { username: 'eval-liwei', role: 'township-admin' as const, tenantId, townshipId: tanjiang.townshipId },
    {
      username: 'eval-xinjian',
      role: 'village-admin' as const,
      tenantId,
      townshipId: xinjian.townshipId,
      villageId: xinjian.id,
    },
    { username: 'eval-other', role: 'county-admin' as const, tenantId: otherTenant },
  ];
  for (const account of accounts) {
    await createUser(database, { password, displayName: account.username, ...account });
  }
  county = await logIn(app, 'eval-county', password);
  xiaogang = await logIn(app, 'eval-xiaogang', password);
  liwei = await logIn(app, 'eval-liwei', password);
  xinjianAdmin = await logIn(app, 'eval-xinjian', password);
  otherCounty = await logIn(app, 'eval-other', password);
});

afterAll(() => database.close());

/** Scores by criterion, item by item, in rubric order. */
const SCORES: Record<string, string[]> = {
  leadership: ['90', '80.5'],
  cadres: ['85', '86'],
  mechanism: ['70.25', '99.99'],
  performance: ['100', '60'],
  feedback: ['77.77', '88.88'],
};

function scoresFor(rubric: Rubric, evidence: string[] = []) {
  return rubric.flatMap((c) =>
    c.items.map((item, i) => ({ itemId: item.id, score: SCORES[c.criterion]?.[i] ?? '0', evidence })),
  );
}

describe('the five-goods evaluation', () => {
  let periodId: string;
  let rubric: Rubric;

  it('drafts a period, adjusts its weights before opening, then freezes them (409)', async () => {
    const created = await call<{ id: string; status: string; rubric: Rubric }>(
      county,
      'POST',
      '/api/evaluation/periods',
      { name: '2026年度' },
    );
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('draft');
    expect(created.body.rubric.map((c) => c.weightBp)).toEqual([2000, 2000, 2000, 2000, 2000]);
    periodId = created.body.id;
    const weights: Record<string, number> = {
      leadership: 3000,
      cadres: 1750,
      mechanism: 1750,
      performance: 2000,
      feedback: 1500,
    };
    const change = {
      criteria: created.body.rubric.map((c) => ({
        criterion: c.criterion,
        weightBp: weights[c.criterion] ?? 0,
        items: c.items.map((item, i) => ({
          title: item.title,
          weightBp: c.criterion === 'leadership' ? (i === 0 ? 7000 : 3000) : item.weightBp,
        })),
      })),
    };
    const unbalanced = await call<Problem>(county, 'PUT', `/api/evaluation/periods/${periodId}/rubric`, {
      criteria: change.criteria.map((c) => ({ ...c, weightBp: 2000 + (c.criterion === 'feedback' ? 1 : 0) })),
    });
    expect(unbalanced.status).toBe(400);
    expect(unbalanced.body.errors?.map((e) => e.path)).toEqual(['criteria']);
    const unbalancedItems = await call<Problem>(county, 'PUT', `/api/evaluation/periods/${periodId}/rubric`, {
      criteria: change.criteria.map((c) =>
        c.criterion === 'mechanism' ? { ...c, items: c.items.map((item) => ({ ...item, weightBp: 1 })) } : c,
      ),
    });
    expect(unbalancedItems.status).toBe(400);
    expect(unbalancedItems.body.errors?.map((e) => e.path)).toEqual(['criteria.2.items']);
    const twice = await call<Problem>(county, 'PUT', `/api/evaluation/periods/${periodId}/rubric`, {
      criteria: change.criteria.map((c) =>
        c.criterion === 'cadres' ? { ...c, criterion: 'leadership' } : c,
      ),
    });
    expect(twice.status).toBe(400);
    expect(twice.body.errors?.map((e) => e.path)).toEqual(['criteria.1.criterion']);
    const changed = await call<Rubric>(county, 'PUT', `/api/evaluation/periods/${periodId}/rubric`, change);
    expect(changed.status).toBe(200);
    expect(changed.body.map((c) => c.weightBp)).toEqual([3000, 1750, 1750, 2000, 1500]);
    rubric = changed.body;
    const early = await call(
      xinjianAdmin,
      'PUT',
      `/api/evaluation/periods/${periodId}/villages/${xinjianId}`,
      { version: 0, scores: scoresFor(rubric) },
    );
    expect(early.status).toBe(409);
    expect((await call(county, 'POST', `/api/evaluation/periods/${periodId}/open`)).status).toBe(200);
    const refused = await call<{ status: number; title: string }>(
      county,
      'PUT',
      `/api/evaluation/periods/${periodId}/rubric`,
      change,
    );
    expect(refused.status).toBe(409);
    expect(refused.body.title).toBe('Conflict');
    expect((await call(county, 'POST', `/api/evaluation/periods/${periodId}/open`)).status).toBe(409);
  });

  it('computes the exact total from the rubric and the weights', async () => {
    const saved = await call<Assessment>(
      xinjianAdmin,
      'PUT',
      `/api/evaluation/periods/${periodId}/villages/${xinjianId}`,
      { version: 0, scores: scoresFor(rubric, ['ledger:2026-三会一课']), selfComment: '自评' },
    );
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
    // 0.30×(0.7×90+0.3×80.5) + 0.175×85.5 + 0.175×85.12 + 0.20×80 + 0.15×83.325 = 84.50225, exactly.
    expect(saved.body.totalScore).toBe('84.50225');
    expect(saved.body.status).toBe('draft');
    expect(saved.body.criteria[0]?.items[0]).toMatchObject({
      score: '90.00',
      evidence: ['ledger:2026-三会一课'],
    });
  });

  it('refuses a second tab’s stale save instead of overwriting the first', async () => {
    const base = `/api/evaluation/periods/${periodId}/villages/${xinjianId}`;
    const loaded = await call<Assessment>(xinjianAdmin, 'GET', base);
    const tab = (score: string) => ({
      version: loaded.body.version,
      scores: scoresFor(rubric).map((s, i) => (i === 0 ? { ...s, score } : s)),
      selfComment: '自评',
    });
    const first = await call<Assessment>(xinjianAdmin, 'PUT', base, tab('91'));
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(loaded.body.version + 1);
    const stale = await call<{ title: string }>(xinjianAdmin, 'PUT', base, tab('10'));
    expect(stale.status).toBe(409);
    const after = await call<Assessment>(xinjianAdmin, 'GET', base);
    expect(after.body.criteria[0]?.items[0]?.score).toBe('91.00');
    const back = await call<Assessment>(xinjianAdmin, 'PUT', base, {
      version: after.body.version,
      scores: scoresFor(rubric, ['ledger:2026-三会一课']),
      selfComment: '自评',
    });
    expect(back.body.totalScore).toBe('84.50225');
  });

  it('refuses skipped steps and walks submit → review → approve', async () => {
    const base = `/api/evaluation/periods/${periodId}/villages/${xinjianId}`;
    expect((await call(county, 'POST', `${base}/approve`, {})).status).toBe(409);
    expect((await call(xiaogang, 'POST', `${base}/review`, {})).status).toBe(409);
    expect((await call(xinjianAdmin, 'POST', `${base}/submit`, {})).status).toBe(200);
    expect((await call(county, 'POST', `${base}/approve`, {})).status).toBe(409);
    const submitted = await call<Assessment>(xinjianAdmin, 'GET', base);
    const late = { version: submitted.body.version, scores: scoresFor(rubric) };
    expect((await call(xinjianAdmin, 'PUT', base, late)).status).toBe(409);
    // Another township's admin does not reach 新建村; the village admin may not review.
    expect((await call(liwei, 'POST', `${base}/review`, {})).status).toBe(404);
    expect((await call(xinjianAdmin, 'POST', `${base}/review`, {})).status).toBe(403);
    expect((await call(xiaogang, 'POST', `${base}/review`, { comment: '属实' })).status).toBe(200);
    expect((await call(xiaogang, 'POST', `${base}/approve`, {})).status).toBe(403);
    const approved = await call<{ status: string }>(county, 'POST', `${base}/approve`, {});
    expect(approved.body.status).toBe('approved');
    expect((await call(county, 'POST', `${base}/return`, { comment: 'late' })).status).toBe(409);
  });

  it('returns with a reason only, and the village can score again', async () => {
    const base = `/api/evaluation/periods/${periodId}/villages/${tanjiangId}`;
    const low = rubric.flatMap((c) => c.items.map((item) => ({ itemId: item.id, score: '60' })));
    expect((await call(county, 'PUT', base, { version: 0, scores: low })).status).toBe(200);
    expect((await call(county, 'POST', `${base}/submit`, {})).status).toBe(200);
    expect((await call(liwei, 'POST', `${base}/review`, {})).status).toBe(200);
    expect((await call(county, 'POST', `${base}/return`, {})).status).toBe(400);
    const returned = await call<{ status: string }>(county, 'POST', `${base}/return`, {
      comment: '佐证不足',
    });
    expect(returned.body.status).toBe('returned');
    const again = await call<Assessment & { returnReason: string }>(county, 'GET', base);
    expect(again.body).toMatchObject({ status: 'returned', returnReason: '佐证不足', totalScore: '60.00' });
    expect((await call(county, 'PUT', base, { version: again.body.version, scores: low })).status).toBe(200);
    expect((await call(county, 'POST', `${base}/submit`, {})).status).toBe(200);
    expect((await call(liwei, 'POST', `${base}/review`, {})).status).toBe(200);
    expect((await call(county, 'POST', `${base}/approve`, {})).status).toBe(200);
  });

  it('ranks approved villages within the county and township, and keeps a village history', async () => {
    const ranking = await call<{
      items: { villageName: string; totalScore: string; countyRank: number; townshipRank: number }[];
    }>(county, 'GET', `/api/evaluation/periods/${periodId}/ranking`);
    expect(ranking.body.items).toEqual([
      expect.objectContaining({
        villageName: '新建村',
        totalScore: '84.50225',
        countyRank: 1,
        townshipRank: 1,
      }),
      expect.objectContaining({ villageName: '潭江村', totalScore: '60.00', countyRank: 2, townshipRank: 1 }),
    ]);
    const township = await call<{ items: unknown[] }>(
      liwei,
      'GET',
      `/api/evaluation/periods/${periodId}/ranking`,
    );
    expect(township.body.items).toHaveLength(1);
    const history = await call<{ items: { periodName: string; status: string }[] }>(
      xinjianAdmin,
      'GET',
      `/api/evaluation/villages/${xinjianId}/history`,
    );
    expect(history.body.items).toEqual([
      expect.objectContaining({ periodName: '2026年度', status: 'approved' }),
    ]);
    const list = await call<{ items: { villageName: string; status: string }[] }>(
      xiaogang,
      'GET',
      `/api/evaluation/periods/${periodId}/assessments`,
    );
    expect(list.body.items.find((v) => v.villageName === '新建村')?.status).toBe('approved');
  });

  it("refuses another county's user", async () => {
    expect((await call(otherCounty, 'GET', `/api/evaluation/periods/${periodId}`)).status).toBe(404);
    expect((await call(otherCounty, 'GET', `/api/evaluation/periods/${periodId}/ranking`)).status).toBe(404);
    expect(
      (
        await call(otherCounty, 'PUT', `/api/evaluation/periods/${periodId}/villages/${xinjianId}`, {
          version: 0,
          scores: [],
        })
      ).status,
    ).toBe(404);
    expect((await call(otherCounty, 'GET', '/api/evaluation/periods')).body).toEqual([]);
  });
});
