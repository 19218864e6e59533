import { villageTypes } from '@cunshe/db/schema';
import { KEY_PATTERN } from '@cunshe/plugin-sdk';
import { z } from '@hono/zod-openapi';

const text = z.object({ 'zh-CN': z.string(), en: z.string() });
const pluginId = z.string().regex(KEY_PATTERN, 'must be a plugin id');

/**
 * An installed plugin with its catalogue (stations, associations, forms, permissions, navigation, and the
 * names of its audit actions, entities, fields and values: `auditLabels`).
 */
export const pluginSchema = z
  .object({
    id: z.string(),
    version: z.string(),
    name: text,
    villageTypes: z.union([z.literal('any'), z.array(z.string())]),
    catalogue: z.record(z.string(), z.unknown()),
  })
  .openapi('Plugin');

/** `GET /api/plugins`. */
export const pluginList = z.object({ items: z.array(pluginSchema) }).openapi('PluginList');

const source = z.enum(['default', 'county', 'township', 'village']);

/** One plugin on a village page. */
export const villagePluginSchema = z
  .object({
    id: z.string(),
    version: z.string(),
    name: text,
    villageTypes: z.union([z.literal('any'), z.array(z.string())]),
    isTargeted: z.boolean(),
    isEnabled: z.boolean(),
    overrideReason: z.string().nullable(),
    settingsSchema: z.record(z.string(), z.unknown()).nullable(),
    settings: z
      .object({
        values: z.record(z.string(), z.unknown()),
        sources: z.record(z.string(), source),
        levels: z.object({
          county: z.record(z.string(), z.unknown()),
          township: z.record(z.string(), z.unknown()),
          village: z.record(z.string(), z.unknown()),
        }),
      })
      .nullable(),
  })
  .openapi('VillagePlugin');

/** `GET /api/villages/{id}/plugins`. */
export const villagePluginList = z
  .object({ items: z.array(villagePluginSchema) })
  .openapi('VillagePluginList');

/** Path of a plugin on a village. */
export const villagePluginParams = z.object({
  id: z.guid().openapi({ param: { name: 'id', in: 'path' } }),
  pluginId: pluginId.openapi({ param: { name: 'pluginId', in: 'path' } }),
});

/** Path of a plugin on a township. */
export const townshipPluginParams = villagePluginParams;

/** Path of a plugin for the whole county. */
export const countyPluginParams = z.object({
  pluginId: pluginId.openapi({ param: { name: 'pluginId', in: 'path' } }),
});

/** `POST …/enable` body: a written reason, needed when the plugin does not serve the village's type. */
export const enableBody = z
  .object({ overrideReason: z.string().max(500).optional() })
  .openapi('EnablePlugin');

/** `PUT …/settings` body: values at that level (any subset; the rest is inherited). */
export const settingsBody = z
  .object({ values: z.record(z.string(), z.unknown()) })
  .openapi('PluginSettingsValues');

/** `POST /api/plugin-enablements` body: enable a plugin on every village of a type. */
export const enableByTypeBody = z
  .object({ pluginId, type: z.enum(villageTypes) })
  .openapi('EnablePluginByType');

/** What a bulk enablement did. */
export const enableByTypeResult = z
  .object({ enabled: z.number().int(), unchanged: z.number().int() })
  .openapi('EnablePluginByTypeResult');

/** `GET /api/plugin-enablements`: which villages have which plugins. */
export const coverageList = z
  .object({
    items: z.array(
      z.object({
        pluginId: z.string(),
        villageId: z.guid(),
        villageName: z.string(),
        villageCode: z.string(),
        townshipName: z.string(),
        type: z.string().nullable(),
        overrideReason: z.string().nullable(),
      }),
    ),
  })
  .openapi('PluginCoverage');

/** A change that may or may not have changed anything. */
export const changed = z.object({ isChanged: z.boolean() }).openapi('Changed');
