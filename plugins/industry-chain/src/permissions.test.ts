import { createPluginTestHost, type PluginTestHost, type TestUser } from '@cunshe/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { industryChainPlugin } from './server';

let host: PluginTestHost;
/** The village of the plugin's type, and a neighbour of another type where the county enabled it too. */
let home: string;
let neighbour: string;
let invitations = 0;

const base = (villageId: string) => `/api/plugins/industry-chain/villages/${villageId}`;

/**
 * A new user of the test county with this role at this village, invited by its county admin through the
 * host's API, with the initial password replaced (until then every route but that one is refused).
 */
async function signInAs(role: 'viewer' | 'station-staff', villageId: string): Promise<TestUser> {
  invitations += 1;
  const username = `${role}-${invitations}`;
  const invited = await host.countyAdmin.request('/api/users', {
    method: 'POST',
    json: { username, displayName: username, role, villageId },
  });
  expect(invited.status).toBe(201);
  const { initialPassword } = (await invited.json()) as { initialPassword: string };
  const send = async (path: string, cookie: string, init: RequestInit & { json?: unknown } = {}) => {
    const { json, ...rest } = init;
    const headers = new Headers(rest.headers);
    headers.set('cookie', cookie);
    if (json !== undefined) headers.set('content-type', 'application/json');
    return host.app.request(path, {
      ...rest,
      headers,
      ...(json === undefined ? {} : { body: JSON.stringify(json) }),
    });
  };
  const sessionOf = (res: Response) =>
    res.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0] ?? '')
      .find((pair) => pair.startsWith('cunshe_session=') && pair !== 'cunshe_session=');
  const login = await send('/api/auth/login', '', {
    method: 'POST',
    json: { username, password: initialPassword },
  });
  const changed = await send('/api/auth/password', sessionOf(login) ?? '', {
    method: 'POST',
    json: { currentPassword: initialPassword, newPassword: host.password },
  });
  expect(changed.status).toBe(200);
  const cookie = sessionOf(changed) ?? '';
  return { username, request: (path, init) => send(path, cookie, init) };
}

beforeAll(async () => {
  host = await createPluginTestHost({ plugins: [industryChainPlugin] });
  home = host.county.villages['industry-chain'];
  neighbour = host.county.villages.industrial;
  await host.enable('industry-chain', home);
  await host.enable('industry-chain', neighbour, '试点：邻村的服务延伸到这里');
});
afterAll(() => host.close());

describe('产业型: who may do what', () => {
  it('lets a viewer read but never write', async () => {
    const viewer = await signInAs('viewer', home);
    expect((await viewer.request(`${base(home)}/associations/sericulture/members`)).status).toBe(200);
    const res = await viewer.request(`${base(home)}/associations/sericulture/members`, {
      method: 'POST',
      json: { name: '黄金水', scale: '桑园 20 亩', joinedOn: '2025-03-01' },
    });
    expect(res.status).toBe(403);
    const listed = (await (
      await viewer.request(`${base(home)}/associations/sericulture/members`)
    ).json()) as { total: number };
    expect(listed.total).toBe(0);
  });

  it('lets station staff record a member of the 蚕桑协会 at their village only', async () => {
    const staff = await signInAs('station-staff', home);
    const here = await staff.request(`${base(home)}/associations/sericulture/members`, {
      method: 'POST',
      json: { name: '黄金水', scale: '桑园 20 亩', joinedOn: '2025-03-01' },
    });
    expect(here.status).toBe(201);
    // Another village of the same county is outside their scope: answered as if it did not exist.
    const there = await staff.request(`${base(neighbour)}/associations/sericulture/members`, {
      method: 'POST',
      json: { name: '黄金水', scale: '桑园 20 亩', joinedOn: '2025-03-01' },
    });
    expect(there.status).toBe(404);
    expect((await staff.request(`${base(neighbour)}/associations/sericulture/members`)).status).toBe(404);
    const neighbours = (await (
      await host.countyAdmin.request(`${base(neighbour)}/associations/sericulture/members`)
    ).json()) as { total: number };
    expect(neighbours.total).toBe(0);
  });

  it('refuses station staff what only village admins may do: keep the association’s party branch (village admins keep it)', async () => {
    const staff = await signInAs('station-staff', home);
    const refused = await staff.request(`${base(home)}/associations/sericulture/branch-members`, {
      method: 'POST',
      json: { name: '黄金水', post: 'secretary' },
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/industry-chain:/);
  });
});
