import { rowsOf } from '@cunshe/db';
import { auditLog, villagePlugins } from '@cunshe/db/schema';
import { createTestDatabase } from '@cunshe/db/testing';
import { definePlugin, PluginManifestError } from '@cunshe/plugin-sdk';
import { eq, sql } from 'drizzle-orm';
import { pgTable, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPluginTestHost, type PluginTestHost } from '../testing/plugin-test-host';
import { kettlePlugin, teaPlugin } from './fixtures/tea-plugin';
import { loadPlugins } from './load-plugins';

let host: PluginTestHost;
let chainVillage: string;
let suburbanVillage: string;

beforeAll(async () => {
  host = await createPluginTestHost({ plugins: [teaPlugin, kettlePlugin] });
  chainVillage = host.county.villages['industry-chain'];
  suburbanVillage = host.county.villages.suburban;
});
afterAll(() => host.close());

async function json<T>(res: Response | Promise<Response>): Promise<{ status: number; body: T }> {
  const r = await res;
  return { status: r.status, body: (await r.json()) as T };
}

describe('loading plugins', () => {
  it('applies forced RLS to an accepted plugin table and records its migration', async () => {
    const [row] = rowsOf<{ enabled: boolean; forced: boolean }>(
      await host.database.db.execute(
        sql`select relrowsecurity as enabled, relforcerowsecurity as forced from pg_class where relname = 'tea_members'`,
      ),
    );
    expect(row).toEqual({ enabled: true, forced: true });
    await expect(loadPlugins(host.database, [teaPlugin])).resolves.toHaveLength(1);
  });

  it('refuses a plugin whose migration creates a table without tenant_id, and leaves no trace', async () => {
    const database = await createTestDatabase();
    const broken = definePlugin({
      ...teaPlugin,
      id: 'leaky',
      tables: {
        tables: [pgTable('leaky_rows', { tenantId: uuid(), villageId: uuid() })],
        migrations: [{ name: '0001_rows', sql: 'create table leaky_rows (village_id uuid)' }],
      },
      routes: undefined,
    });
    await expect(loadPlugins(database, [broken])).rejects.toThrow(PluginManifestError);
    await expect(loadPlugins(database, [broken])).rejects.toThrow(/leaky_rows has no tenant_id column/);
    const tables = rowsOf(
      await database.db.execute(sql`select 1 from pg_class where relname = 'leaky_rows'`),
    );
    expect(tables).toEqual([]);
    await database.close();
  });
});

describe('the plugin catalogue', () => {
  it("serves each plugin's audit labels, an empty set for a plugin without", async () => {
    const { status, body } = await json<{
      items: { id: string; catalogue: { auditLabels: Record<string, unknown> } }[];
    }>(host.countyAdmin.request('/api/plugins'));
    expect(status).toBe(200);
    const labels = new Map(body.items.map((item) => [item.id, item.catalogue.auditLabels]));
    expect(labels.get('tea')).toEqual(teaPlugin.auditLabels);
    expect(labels.get('kettle')).toEqual({});
  });
});

describe('enabling per village', () => {
  it('refuses a village of another type without a written reason, and audits the override', async () => {
    const refused = await json<{ errors: { path: string }[] }>(
      host.countyAdmin.request(`/api/villages/${suburbanVillage}/plugins/tea/enable`, {
        method: 'POST',
        json: {},
      }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]?.path).toBe('overrideReason');
    await host.enable('tea', suburbanVillage, '上杨村也有茶农');
    const [audit] = await host.database.withTenant(host.county.tenantId, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.action, 'plugin.enabled')),
    );
    expect(audit?.after).toMatchObject({ pluginId: 'tea', overrideReason: '上杨村也有茶农' });
  });

  it('serves the plugin route only where it is enabled; disabling keeps rows and re-enabling shows them', async () => {
    expect((await host.villageAdmin.request(`/api/plugins/tea/members/${chainVillage}`)).status).toBe(404);
    await host.enable('tea', chainVillage);
    const added = await host.villageAdmin.request(`/api/plugins/tea/members/${chainVillage}`, {
      method: 'POST',
      json: { name: '张三' },
    });
    expect(added.status).toBe(201);
    await host.countyAdmin.request(`/api/villages/${chainVillage}/plugins/tea/disable`, { method: 'POST' });
    expect((await host.villageAdmin.request(`/api/plugins/tea/members/${chainVillage}`)).status).toBe(404);
    const kept = await host.database.withTenant(host.county.tenantId, (tx) =>
      tx.select().from(villagePlugins).where(eq(villagePlugins.villageId, chainVillage)),
    );
    expect(kept[0]?.isEnabled).toBe(false);
    await host.enable('tea', chainVillage);
    const shown = await json<{ members: string[] }>(
      host.villageAdmin.request(`/api/plugins/tea/members/${chainVillage}`),
    );
    expect(shown.body.members).toEqual(['张三']);
  });

  it('answers a throwing route with a 500 problem and keeps serving the others', async () => {
    const boom = await host.countyAdmin.request('/api/plugins/kettle/boom');
    expect(boom.status).toBe(500);
    expect(boom.headers.get('content-type')).toContain('application/problem+json');
    expect(await boom.text()).not.toContain('boiled over');
    expect((await host.countyAdmin.request('/api/health')).status).toBe(200);
    expect((await host.villageAdmin.request(`/api/plugins/tea/members/${chainVillage}`)).status).toBe(200);
  });

  it("never shows another county's rows through a plugin route", async () => {
    const other = await json<unknown[]>(host.otherCountyAdmin.request('/api/plugins/tea/all-members'));
    expect(other.body).toEqual([]);
    const own = await json<unknown[]>(host.countyAdmin.request('/api/plugins/tea/all-members'));
    expect(own.body).toHaveLength(1);
    expect((await host.otherCountyAdmin.request(`/api/plugins/tea/members/${chainVillage}`)).status).toBe(
      404,
    );
    const enable = await host.otherCountyAdmin.request(`/api/villages/${chainVillage}/plugins/tea/enable`, {
      method: 'POST',
      json: {},
    });
    expect(enable.status).toBe(404);
  });
});

describe('layered settings', () => {
  it('inherits county -> township -> village and says where each value comes from', async () => {
    const put = (path: string, values: unknown) =>
      host.countyAdmin.request(path, { method: 'PUT', json: { values } });
    expect((await put('/api/county/plugins/tea/settings', { season: '夏茶', maxMembers: 80 })).status).toBe(
      200,
    );
    expect(
      (await put(`/api/townships/${host.county.townshipId}/plugins/tea/settings`, { maxMembers: 60 })).status,
    ).toBe(200);
    expect((await put(`/api/villages/${chainVillage}/plugins/tea/settings`, { season: '秋茶' })).status).toBe(
      200,
    );
    const { body } = await json<{ items: { id: string; settings: { values: unknown; sources: unknown } }[] }>(
      host.countyAdmin.request(`/api/villages/${chainVillage}/plugins`),
    );
    const tea = body.items.find((p) => p.id === 'tea');
    expect(tea?.settings).toMatchObject({
      values: { season: '秋茶', maxMembers: 60 },
      sources: { season: 'village', maxMembers: 'township' },
    });
    const shown = await json<{ season: string }>(
      host.villageAdmin.request(`/api/plugins/tea/members/${chainVillage}`),
    );
    expect(shown.body.season).toBe('秋茶');
  });

  it('names each bad or unknown value', async () => {
    const res = await json<{ errors: { path: string }[] }>(
      host.countyAdmin.request(`/api/villages/${chainVillage}/plugins/tea/settings`, {
        method: 'PUT',
        json: { values: { maxMembers: 0, colour: 'green' } },
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.path).sort()).toEqual(['values.colour', 'values.maxMembers']);
  });
});
