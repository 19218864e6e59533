import type { PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { FormStatusChange, HookContext, PluginApp, PluginRole } from './context';
import type { FormDefinition } from './define-form';
import type { LocalizedText, VillageType } from './village-types';

/** A service a station or association offers, and who provides it (e.g. 县社保局, a county bureau). */
export interface ServiceOffering {
  key: string;
  name: LocalizedText;
  provider?: LocalizedText | undefined;
}

/** Kinds of service places in the seed: 站、室、服务点 (county bureau, convenience, floating-member points). */
export type ServiceStationCategory =
  | 'station'
  | 'room'
  | 'county-bureau-point'
  | 'convenience-point'
  | 'floating-member-point';

/** A service station (四站两室 and the service points of the pilot models), declared by its plugin. */
export interface ServiceStation {
  key: string;
  name: LocalizedText;
  category: ServiceStationCategory;
  services: ServiceOffering[];
  /** e.g. `周一至周五 8:30-17:30`. */
  openingHours?: string | undefined;
}

/**
 * An association (协会); `hasPartyBranch` when it has its own party branch (e.g. 蚕桑协会党支部): the host
 * then adds that branch, named after the association's Chinese name and 党支部, to the party organizations
 * of each village the plugin is enabled on, once, and keeps it when the plugin is disabled.
 */
export interface Association {
  key: string;
  name: LocalizedText;
  hasPartyBranch: boolean;
  services: ServiceOffering[];
}

/** A permission the plugin adds, named `<plugin-id>:<action>`, and the roles holding it by default. */
export interface PluginPermission {
  action: string;
  description: LocalizedText;
  roles: PluginRole[];
}

/**
 * One SQL migration of the plugin's own tables, applied once, in order, and recorded by the host (with a
 * checksum: never edit a migration once shipped). Separate statements with `--> statement-breakpoint`, as
 * drizzle-kit writes them.
 */
export interface PluginMigration {
  name: string;
  sql: string;
}

/**
 * The plugin's own tables: the Drizzle definitions its code queries, and the migrations that create them.
 * Every table must be named `<plugin_id>_<name>` (id with `_` for `-`) and carry `tenant_id` and
 * `village_id`; the host refuses the plugin otherwise, and applies forced row-level security to each table.
 */
export interface PluginTables {
  tables: PgTable[];
  migrations: PluginMigration[];
}

/** A navigation entry of the admin; `path` is relative to `/plugins/<id>`. */
export interface PluginNavigationEntry {
  path: string;
  label: LocalizedText;
}

/**
 * How the plugin's audit entries read in the admin's audit log and village histories, in both languages.
 * Every part is optional; a key without a label is shown as it is. The host serves these in the plugin
 * catalogue (`GET /api/plugins`, `catalogue.auditLabels`).
 * @example
 * auditLabels: {
 *   actions: { 'agency-request.returned': { 'zh-CN': '代办结果已送达', en: 'Agency result returned' } },
 *   entities: { 'agency-request': { 'zh-CN': '代办事项', en: 'Agency request' } },
 *   fields: { stage: { 'zh-CN': '进度', en: 'Stage' } },
 *   values: { stage: { returned: { 'zh-CN': '已送达', en: 'Returned' } } },
 * }
 */
export interface PluginAuditLabels {
  /** By the action the plugin passes to `audit()`, without the plugin-id prefix the host adds (`member.joined`). */
  actions?: Record<string, LocalizedText> | undefined;
  /** By the entity the plugin passes to `audit()` (`agency-request`). */
  entities?: Record<string, LocalizedText> | undefined;
  /** By the name of a field of the `before`/`after` snapshots (`countyOffice`). */
  fields?: Record<string, LocalizedText> | undefined;
  /** By field name, then by a string value of that field (`{ stage: { 'result-back': … } }`). */
  values?: Record<string, Record<string, LocalizedText>> | undefined;
}

/** Hooks the host calls; a throwing hook is logged and contained. */
export interface PluginHooks<Settings> {
  onEnable?: ((context: HookContext<Settings>) => Promise<void>) | undefined;
  onDisable?: ((context: HookContext<Settings>) => Promise<void>) | undefined;
  onFormStatusChanged?: ((context: HookContext<Settings> & FormStatusChange) => Promise<void>) | undefined;
}

/** Everything a plugin declares. See `docs/plugins.md` for a walk-through. */
export interface PluginDefinition<S extends z.ZodObject = z.ZodObject> {
  /** `^[a-z][a-z0-9-]{1,62}$`; also the URL segment and the table-name prefix. */
  id: string;
  /** Semantic version of the plugin. */
  version: string;
  name: LocalizedText;
  description?: LocalizedText | undefined;
  /** The village types it serves, or `'any'`. */
  villageTypes: VillageType[] | 'any';
  /** The host API versions it works with, as a semver range (e.g. `^1.0.0`). */
  hostApi: string;
  /** Ids of plugins that must be loaded too. */
  requires?: string[] | undefined;
  /** Per-village settings; every field needs a default so a fresh village has valid settings. */
  settings?: S | undefined;
  serviceStations?: ServiceStation[] | undefined;
  associations?: Association[] | undefined;
  forms?: FormDefinition[] | undefined;
  permissions?: PluginPermission[] | undefined;
  tables?: PluginTables | undefined;
  /** Fills the Hono sub-app mounted at `/api/plugins/<id>`. */
  routes?: ((app: PluginApp<z.infer<S>>) => void) | undefined;
  /** Navigation entries; the pages come from the package's `./admin` export. */
  navigation?: PluginNavigationEntry[] | undefined;
  hooks?: PluginHooks<z.infer<S>> | undefined;
  /** Names of the plugin's audit actions, entities, fields and values, for the admin. */
  auditLabels?: PluginAuditLabels | undefined;
}

/**
 * Declares a plugin. The host validates the result when it loads (a bad manifest stops start-up with an
 * error naming the plugin and the field); the type parameter carries the settings type to routes and hooks.
 * @example
 * export const teaPlugin = definePlugin({
 *   id: 'tea',
 *   version: '1.0.0',
 *   name: { 'zh-CN': '茶叶协会', en: 'Tea growers' },
 *   villageTypes: ['industry-chain'],
 *   hostApi: '^1.0.0',
 *   settings: z.object({ season: z.string().default('春茶') }),
 *   routes: (app) => app.get('/season/:villageId', async (c) =>
 *     c.json(await c.var.cunshe.settingsFor(c.req.param('villageId')))),
 * });
 * export default teaPlugin;
 */
export function definePlugin<S extends z.ZodObject = z.ZodObject<Record<string, never>>>(
  plugin: PluginDefinition<S>,
): PluginDefinition<S> {
  return plugin;
}
