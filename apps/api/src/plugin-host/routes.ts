import { createRoute, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { currentUser } from '../auth/current-user';
import { requirePermission } from '../auth/require-permission';
import { problemResponses } from '../auth/schemas';
import type { AppEnv, Services } from '../context';
import { createRouter } from '../openapi';
import { enablePluginByType } from './enable-plugin-by-type';
import { listPluginCoverage } from './list-plugin-coverage';
import { listVillagePlugins } from './list-village-plugins';
import { scopeOfUser } from './plugin-context';
import type { PluginRegistry } from './plugin-registry';
import {
  changed,
  countyPluginParams,
  coverageList,
  enableBody,
  enableByTypeBody,
  enableByTypeResult,
  pluginList,
  settingsBody,
  townshipPluginParams,
  villagePluginList,
  villagePluginParams,
} from './schemas';
import { setPluginEnabled } from './set-plugin-enabled';
import { type SettingsTarget, updatePluginSettings } from './update-plugin-settings';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const errors = {
  400: { description: 'Invalid input (problem+json naming the field)' },
  ...problemResponses,
  404: { description: 'No such plugin, village or township in your scope' },
  502: { description: "The plugin's hook failed; nothing was changed" },
} as const;
const read = requirePermission('villages:read');
const manage = requirePermission('plugins:manage');

const listRoute = createRoute({
  method: 'get',
  path: '/api/plugins',
  tags: ['plugins'],
  summary: 'Installed plugins with their catalogues',
  middleware: [read] as const,
  responses: { 200: json(pluginList, 'Plugins'), ...errors },
});
const villageRoute = createRoute({
  method: 'get',
  path: '/api/villages/{id}/plugins',
  tags: ['plugins'],
  summary: "A village's available and enabled plugins, with settings and where each value comes from",
  middleware: [read] as const,
  request: { params: villagePluginParams.pick({ id: true }) },
  responses: { 200: json(villagePluginList, 'Plugins of the village'), ...errors },
});
const enableRoute = createRoute({
  method: 'post',
  path: '/api/villages/{id}/plugins/{pluginId}/enable',
  tags: ['plugins'],
  summary: 'Enable a plugin on a village (a village of another type needs a written override reason)',
  middleware: [manage] as const,
  request: {
    params: villagePluginParams,
    body: { required: false, content: { 'application/json': { schema: enableBody } } },
  },
  responses: { 200: json(changed, 'Done'), ...errors },
});
const disableRoute = createRoute({
  method: 'post',
  path: '/api/villages/{id}/plugins/{pluginId}/disable',
  tags: ['plugins'],
  summary: 'Disable a plugin on a village; its rows are kept and shown again when it is enabled again',
  middleware: [manage] as const,
  request: { params: villagePluginParams },
  responses: { 200: json(changed, 'Done'), ...errors },
});
const settingsRoute = (level: 'village' | 'township' | 'county') =>
  createRoute({
    method: 'put',
    path:
      level === 'county'
        ? '/api/county/plugins/{pluginId}/settings'
        : `/api/${level}s/{id}/plugins/{pluginId}/settings`,
    tags: ['plugins'],
    summary: `Set a plugin's settings for ${level === 'county' ? 'the whole county' : `one ${level}`} (inherited below)`,
    middleware: [manage] as const,
    request: {
      params:
        level === 'county'
          ? countyPluginParams
          : level === 'township'
            ? townshipPluginParams
            : villagePluginParams,
      body: body(settingsBody),
    },
    responses: { 200: json(changed, 'Saved'), ...errors },
  });
const byTypeRoute = createRoute({
  method: 'post',
  path: '/api/plugin-enablements',
  tags: ['plugins'],
  summary: 'Enable a plugin on every village of a type at once',
  middleware: [manage] as const,
  request: { body: body(enableByTypeBody) },
  responses: { 200: json(enableByTypeResult, 'How many villages'), ...errors },
});
const coverageRoute = createRoute({
  method: 'get',
  path: '/api/plugin-enablements',
  tags: ['plugins'],
  summary: 'Which villages of your scope have which plugins enabled',
  middleware: [read] as const,
  responses: { 200: json(coverageList, 'Enabled plugins by village'), ...errors },
});

/** The admin's plugin management: installed plugins, enablement per village or type, layered settings. */
export function pluginHostRoutes({
  database,
  logger,
  registry,
}: Pick<Services, 'database' | 'logger'> & { registry: PluginRegistry }) {
  const saveSettings = async (
    c: Context<AppEnv>,
    pluginId: string,
    target: SettingsTarget,
    values: Record<string, unknown>,
  ) => {
    const user = currentUser(c);
    const scope = scopeOfUser(user);
    await database.withTenant(scope.tenantId, (tx) =>
      updatePluginSettings(tx, {
        plugin: registry.get(pluginId),
        scope,
        target,
        values,
        actor: user,
        requestId: c.get('requestId'),
      }),
    );
    return c.json({ isChanged: true }, 200);
  };
  return createRouter()
    .openapi(listRoute, (c) =>
      c.json(
        {
          items: registry.definitions.map((p) => ({
            id: p.id,
            version: p.version,
            name: p.name,
            villageTypes: p.villageTypes,
            catalogue: {
              serviceStations: p.serviceStations ?? [],
              associations: p.associations ?? [],
              forms: (p.forms ?? []).map(({ key, version, title, station }) => ({
                key,
                version,
                title,
                station,
              })),
              permissions: p.permissions ?? [],
              navigation: p.navigation ?? [],
              auditLabels: p.auditLabels ?? {},
            },
          })),
        },
        200,
      ),
    )
    .openapi(villageRoute, async (c) => {
      const scope = scopeOfUser(currentUser(c));
      const items = await database.withTenant(scope.tenantId, (tx) =>
        listVillagePlugins(tx, { registry, scope, villageId: c.req.valid('param').id }),
      );
      return c.json({ items }, 200);
    })
    .openapi(enableRoute, async (c) => {
      const user = currentUser(c);
      const scope = scopeOfUser(user);
      const { id, pluginId } = c.req.valid('param');
      const overrideReason = (c.req.valid('json' as never) as { overrideReason?: string } | undefined)
        ?.overrideReason;
      const result = await database.withTenant(scope.tenantId, (tx) =>
        setPluginEnabled(tx, {
          plugin: registry.get(pluginId),
          scope,
          villageId: id,
          isEnabled: true,
          overrideReason,
          actor: user,
          requestId: c.get('requestId'),
          logger,
        }),
      );
      return c.json(result, 200);
    })
    .openapi(disableRoute, async (c) => {
      const user = currentUser(c);
      const scope = scopeOfUser(user);
      const { id, pluginId } = c.req.valid('param');
      const result = await database.withTenant(scope.tenantId, (tx) =>
        setPluginEnabled(tx, {
          plugin: registry.get(pluginId),
          scope,
          villageId: id,
          isEnabled: false,
          actor: user,
          requestId: c.get('requestId'),
          logger,
        }),
      );
      return c.json(result, 200);
    })
    .openapi(settingsRoute('village'), (c) => {
      const { id, pluginId } = c.req.valid('param') as { id: string; pluginId: string };
      return saveSettings(c, pluginId, { level: 'village', scopeId: id }, c.req.valid('json').values);
    })
    .openapi(settingsRoute('township'), (c) => {
      const { id, pluginId } = c.req.valid('param') as { id: string; pluginId: string };
      return saveSettings(c, pluginId, { level: 'township', scopeId: id }, c.req.valid('json').values);
    })
    .openapi(settingsRoute('county'), (c) =>
      saveSettings(c, c.req.valid('param').pluginId, { level: 'county' }, c.req.valid('json').values),
    )
    .openapi(byTypeRoute, async (c) => {
      const user = currentUser(c);
      const scope = scopeOfUser(user);
      const { pluginId, type } = c.req.valid('json');
      const result = await database.withTenant(scope.tenantId, (tx) =>
        enablePluginByType(tx, {
          plugin: registry.get(pluginId),
          scope,
          type,
          actor: user,
          requestId: c.get('requestId'),
          logger,
        }),
      );
      return c.json(result, 200);
    })
    .openapi(coverageRoute, async (c) => {
      const scope = scopeOfUser(currentUser(c));
      const items = await database.withTenant(scope.tenantId, (tx) => listPluginCoverage(tx, scope));
      return c.json({ items }, 200);
    });
}
