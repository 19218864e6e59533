import {
  boolean,
  foreignKey,
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenants } from './tenants';
import { villages } from './villages';

/**
 * The plugin registry: every plugin the host has loaded, with its catalogue (stations, associations, forms,
 * permissions) as JSON for the admin. Platform table, read-only to tenants.
 */
export const plugins = pgTable('plugins', {
  id: text().primaryKey(),
  version: text().notNull(),
  name: jsonb().$type<{ 'zh-CN': string; en: string }>().notNull(),
  villageTypes: text().array().notNull(),
  catalogue: jsonb().notNull(),
  loadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Plugin migrations applied, in order, with the checksum of their SQL. Platform table. */
export const pluginMigrations = pgTable(
  'plugin_migrations',
  {
    pluginId: text()
      .notNull()
      .references(() => plugins.id),
    name: text().notNull(),
    checksum: text().notNull(),
    appliedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pluginId, t.name] })],
);

/**
 * Which plugins each village has enabled. Disabling sets `isEnabled` false and keeps every row of the
 * plugin; `overrideReason` records why a county admin enabled a plugin on a village of another type.
 */
export const villagePlugins = pgTable(
  'village_plugins',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    villageId: uuid().notNull(),
    pluginId: text()
      .notNull()
      .references(() => plugins.id),
    isEnabled: boolean().notNull(),
    overrideReason: text(),
    changedBy: uuid(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.villageId, t.pluginId] }),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    index().on(t.tenantId, t.pluginId),
  ],
);

/** Where a plugin setting is given: for the whole county, a township, or one village. */
export const settingsLevel = pgEnum('settings_level', ['county', 'township', 'village']);

/**
 * A plugin's settings values at one level (`scopeId` is the tenant, township or village id). A village's
 * settings are its own values over its township's over the county's, then the schema's defaults.
 */
export const pluginSettings = pgTable(
  'plugin_settings',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    pluginId: text()
      .notNull()
      .references(() => plugins.id),
    level: settingsLevel().notNull(),
    scopeId: uuid().notNull(),
    values: jsonb().$type<Record<string, unknown>>().notNull(),
    changedBy: uuid(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.pluginId, t.level, t.scopeId] })],
);

export type Plugin = typeof plugins.$inferSelect;
export type VillagePlugin = typeof villagePlugins.$inferSelect;
export type PluginSettingsRow = typeof pluginSettings.$inferSelect;
