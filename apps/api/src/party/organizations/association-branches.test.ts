import { partyOrganizations } from '@cunshe/db/schema';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverPlugins } from '../../plugin-host/discover-plugins';
import { createPluginTestHost, type PluginTestHost } from '../../testing/plugin-test-host';

let host: PluginTestHost;
let village: string;
let otherVillage: string;

const organizationsOf = (tenantId: string) =>
  host.database.withTenant(tenantId, (tx) =>
    tx.select().from(partyOrganizations).orderBy(asc(partyOrganizations.kind), asc(partyOrganizations.name)),
  );

beforeAll(async () => {
  const discovered = await discoverPlugins();
  const chain = discovered.find((found) => (found.plugin as { id?: string }).id === 'industry-chain');
  if (!chain) throw new Error('the industry-chain plugin is not in the workspace');
  host = await createPluginTestHost({ plugins: [chain.plugin] });
  village = host.county.villages['industry-chain'];
  otherVillage = host.otherCounty.villages['industry-chain'];
  for (const [admin, villageId, name] of [
    [host.countyAdmin, village, '甲县潭江村党支部'],
    [host.otherCountyAdmin, otherVillage, '乙县潭江村党支部'],
  ] as const) {
    const res = await admin.request('/api/party/organizations', {
      method: 'POST',
      json: { villageId, kind: 'branch', name },
    });
    if (res.status !== 201) throw new Error(`branch: ${res.status} ${await res.text()}`);
  }
});
afterAll(() => host.close());

describe('association branches contributed by a plugin', () => {
  it('enabling industry-chain gives the village its three association branches under its branch, once', async () => {
    const otherBefore = await organizationsOf(host.otherCounty.tenantId);
    await host.enable('industry-chain', village);
    const organizations = await organizationsOf(host.county.tenantId);
    const branch = organizations.find((o) => o.kind === 'branch');
    const associations = organizations.filter((o) => o.kind === 'association-branch');
    expect(associations.map((o) => [o.name, o.associationKey]).sort()).toEqual(
      [
        ['民营经济协会党支部', 'private-economy'],
        ['生猪协会党支部', 'pig-farming'],
        ['蚕桑协会党支部', 'sericulture'],
      ].sort(),
    );
    for (const association of associations) {
      expect(association).toMatchObject({
        villageId: village,
        pluginId: 'industry-chain',
        parentId: branch?.id,
      });
    }
    // Enabling again, and again after disabling, adds nothing; disabling keeps the branches.
    await host.enable('industry-chain', village);
    const disabled = await host.countyAdmin.request(
      `/api/villages/${village}/plugins/industry-chain/disable`,
      {
        method: 'POST',
      },
    );
    expect(disabled.status).toBe(200);
    expect(
      (await organizationsOf(host.county.tenantId)).filter((o) => o.kind === 'association-branch'),
    ).toEqual(associations);
    await host.enable('industry-chain', village);
    const after = await organizationsOf(host.county.tenantId);
    expect(
      after
        .filter((o) => o.kind === 'association-branch')
        .map((o) => o.id)
        .sort(),
    ).toEqual(associations.map((o) => o.id).sort());
    // The other county's organizations are untouched.
    expect(await organizationsOf(host.otherCounty.tenantId)).toEqual(otherBefore);
  });

  it('shows them in the village’s party organizations, and another county’s admin cannot enable it there', async () => {
    const res = await host.villageAdmin.request(
      `/api/party/organizations?villageId=${village}&kind=association-branch`,
    );
    const page = (await res.json()) as { total: number; items: { parentName: string | null }[] };
    expect(page.total).toBe(3);
    expect(page.items.every((o) => o.parentName === '甲县潭江村党支部')).toBe(true);
    const foreign = await host.otherCountyAdmin.request(
      `/api/villages/${village}/plugins/industry-chain/enable`,
      {
        method: 'POST',
        json: {},
      },
    );
    expect(foreign.status).toBe(404);
    const other = await organizationsOf(host.otherCounty.tenantId);
    expect(other.map((o) => o.kind)).toEqual(['branch']);
  });
});
