import { toSnakeCase } from 'drizzle-orm/casing';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import semver from 'semver';
import { z } from 'zod';
import type { PluginDefinition } from './define-plugin';
import { VILLAGE_TYPES } from './village-types';

/** The version of the host API this SDK describes; a plugin's `hostApi` range must include it. */
export const HOST_API_VERSION = '1.0.0';

/** Ids and keys of plugins, stations, associations, forms and actions: safe in URLs and SQL identifiers. */
export const KEY_PATTERN = /^[a-z][a-z0-9-]{1,62}$/;

/** Raised when a plugin cannot be loaded; the message names the plugin and the field. */
export class PluginManifestError extends Error {
  override name = 'PluginManifestError';
  constructor(
    readonly pluginId: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(
      `Plugin "${pluginId}" cannot be loaded:\n${issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n')}`,
    );
  }
}

const key = z.string().regex(KEY_PATTERN, 'must match ^[a-z][a-z0-9-]{1,62}$ (lowercase, digits, dashes)');
const text = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) });
const fn = z.custom<(...args: never[]) => unknown>(
  (value) => typeof value === 'function',
  'must be a function',
);
const service = z.object({ key, name: text, provider: text.optional() });
const isUnique = (items: { key: string }[]) => new Set(items.map((item) => item.key)).size === items.length;

const manifestSchema = z.object({
  id: key,
  version: z.string().refine((v) => semver.valid(v) !== null, 'must be a semantic version such as 1.0.0'),
  name: text,
  description: text.optional(),
  villageTypes: z.union([z.literal('any'), z.array(z.enum(VILLAGE_TYPES)).min(1)]),
  hostApi: z
    .string()
    .refine((range) => semver.validRange(range) !== null, 'must be a semver range such as ^1.0.0')
    .refine(
      (range) => semver.validRange(range) === null || semver.satisfies(HOST_API_VERSION, range),
      `is not met by this host (host API ${HOST_API_VERSION})`,
    ),
  requires: z.array(key).optional(),
  settings: z
    .custom<z.ZodObject>((value) => value instanceof z.ZodObject, 'must be a zod object schema')
    .optional(),
  serviceStations: z
    .array(
      z.object({
        key,
        name: text,
        category: z.string(),
        services: z.array(service),
        openingHours: z.string().optional(),
      }),
    )
    .refine(isUnique, 'keys must be unique')
    .optional(),
  associations: z
    .array(z.object({ key, name: text, hasPartyBranch: z.boolean(), services: z.array(service) }))
    .refine(isUnique, 'keys must be unique')
    .optional(),
  forms: z
    .array(
      z.object({
        key,
        version: z.number().int().positive(),
        title: text,
        schema: z.custom<z.ZodObject>((value) => value instanceof z.ZodObject, 'must be a zod object schema'),
      }),
    )
    .refine(isUnique, 'keys must be unique')
    .optional(),
  permissions: z
    .array(
      z.object({
        action: key,
        description: text,
        roles: z.array(
          z.enum(['county-admin', 'township-admin', 'village-admin', 'station-staff', 'viewer']),
        ),
      }),
    )
    .optional(),
  tables: z
    .object({
      tables: z.array(
        z.custom<PgTable>((value) => typeof value === 'object' && value !== null, 'must be a Drizzle table'),
      ),
      migrations: z.array(
        z.object({ name: key.or(z.string().regex(/^\d{4}[a-z0-9_-]*$/)), sql: z.string().min(1) }),
      ),
    })
    .optional(),
  routes: fn.optional(),
  navigation: z.array(z.object({ path: z.string().regex(/^\/[a-z0-9\-/]*$/), label: text })).optional(),
  hooks: z
    .object({ onEnable: fn.optional(), onDisable: fn.optional(), onFormStatusChanged: fn.optional() })
    .optional(),
  auditLabels: z
    .object({
      actions: z.record(z.string(), text).optional(),
      entities: z.record(z.string(), text).optional(),
      fields: z.record(z.string(), text).optional(),
      values: z.record(z.string(), z.record(z.string(), text)).optional(),
    })
    .optional(),
});

/** The SQL name prefix of a plugin's tables: its id with `_` for `-`, then `_` (`industry-chain` -> `industry_chain_`). */
export function tablePrefixOf(pluginId: string): string {
  return `${pluginId.replaceAll('-', '_')}_`;
}

function tableIssues(plugin: PluginDefinition): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  (plugin.tables?.tables ?? []).forEach((table, index) => {
    const config = getTableConfig(table);
    // The host's Drizzle uses `casing: 'snake_case'`, so a column named by its key (`villageId`) is `village_id`.
    const columns = new Set(config.columns.map((c) => (c.keyAsName ? toSnakeCase(c.name) : c.name)));
    const path = `tables.tables.${index}`;
    if (!config.name.startsWith(tablePrefixOf(plugin.id))) {
      issues.push({ path, message: `table ${config.name} must be named ${tablePrefixOf(plugin.id)}<name>` });
    }
    for (const required of ['tenant_id', 'village_id']) {
      if (!columns.has(required))
        issues.push({ path, message: `table ${config.name} has no ${required} column` });
    }
  });
  return issues;
}

/**
 * Checks one plugin's manifest: shape, ids and keys (`^[a-z][a-z0-9-]{1,62}$`, before they go anywhere near
 * SQL), village types, the host API range, and its tables (named after the plugin, with `tenant_id` and
 * `village_id`).
 * @throws PluginManifestError naming the plugin and every bad field.
 */
export function validatePlugin(plugin: unknown): PluginDefinition {
  const result = manifestSchema.safeParse(plugin);
  const id =
    typeof plugin === 'object' && plugin !== null && typeof (plugin as { id?: unknown }).id === 'string'
      ? (plugin as { id: string }).id
      : '(no id)';
  if (!result.success) {
    throw new PluginManifestError(
      id,
      result.error.issues.map((issue) => ({
        path: issue.path.join('.') || '(manifest)',
        message: issue.message,
      })),
    );
  }
  const definition = plugin as PluginDefinition;
  const issues = tableIssues(definition);
  if (issues.length > 0) throw new PluginManifestError(id, issues);
  return definition;
}

/**
 * Checks a set of plugins together: each manifest, then no id twice and every required plugin present.
 * @throws PluginManifestError for the first plugin that fails.
 */
export function validatePlugins(plugins: unknown[]): PluginDefinition[] {
  const valid = plugins.map(validatePlugin);
  const ids = new Set<string>();
  for (const plugin of valid) {
    if (ids.has(plugin.id)) {
      throw new PluginManifestError(plugin.id, [{ path: 'id', message: 'another plugin has the same id' }]);
    }
    ids.add(plugin.id);
  }
  for (const plugin of valid) {
    (plugin.requires ?? []).forEach((required, index) => {
      if (!ids.has(required)) {
        throw new PluginManifestError(plugin.id, [
          { path: `requires.${index}`, message: `requires plugin "${required}", which is not loaded` },
        ]);
      }
    });
  }
  return valid;
}
