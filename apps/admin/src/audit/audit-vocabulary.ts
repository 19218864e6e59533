import { api } from '../api/client';
import type { MessageArgs, MessageKey } from '../i18n/catalogs';
import type { Locale } from '../i18n/locales';
import type { LocalizedText } from '../plugins/plugins-api';
import { pluginsQueryKey } from '../plugins/plugins-api';
import { actionKey, entityKey, fieldKey } from './audit-labels';

/** A plugin's names of its audit actions, entities, fields and values (`catalogue.auditLabels` of `GET /api/plugins`). */
export interface PluginAuditLabels {
  actions?: Record<string, LocalizedText>;
  entities?: Record<string, LocalizedText>;
  fields?: Record<string, LocalizedText>;
  /** By field name, then by a string value of that field. */
  values?: Record<string, Record<string, LocalizedText>>;
}

/**
 * What the audit log needs to know of one installed plugin: its name, its audit labels, its forms' titles
 * and its stations' and associations' names, by key.
 */
export interface PluginVocabulary {
  id: string;
  name: LocalizedText;
  labels: PluginAuditLabels;
  forms: Record<string, LocalizedText>;
  stations: Record<string, LocalizedText>;
}

/** The translator, the locale and the installed plugins by id: everything an audit entry is read with. */
export interface AuditVocabulary {
  t: (key: MessageKey, args?: MessageArgs) => string;
  locale: Locale;
  plugins: ReadonlyMap<string, PluginVocabulary>;
}

/** The parts of an audit entry its wording depends on. */
export interface AuditWords {
  action: string;
  entity: string;
  before: unknown;
  after: unknown;
}

/** The cache key of the plugins' audit vocabulary (under the plugins' key, so plugin changes refresh it). */
export const auditVocabularyQueryKey = [...pluginsQueryKey, 'audit-labels'] as const;

interface CataloguePlugin {
  id: string;
  name: LocalizedText;
  catalogue?: {
    auditLabels?: PluginAuditLabels;
    forms?: { key: string; title: LocalizedText }[];
    serviceStations?: { key: string; name: LocalizedText }[];
    associations?: { key: string; name: LocalizedText }[];
  };
}

/** The installed plugins' audit vocabulary, by plugin id (`GET /api/plugins`). */
export async function fetchPluginVocabulary(): Promise<Map<string, PluginVocabulary>> {
  const { items } = await api<{ items: CataloguePlugin[] }>('/api/plugins');
  return new Map(
    items.map((plugin) => [
      plugin.id,
      {
        id: plugin.id,
        name: plugin.name,
        labels: plugin.catalogue?.auditLabels ?? {},
        forms: Object.fromEntries((plugin.catalogue?.forms ?? []).map((form) => [form.key, form.title])),
        stations: Object.fromEntries(
          [...(plugin.catalogue?.serviceStations ?? []), ...(plugin.catalogue?.associations ?? [])].map(
            (place) => [place.key, place.name],
          ),
        ),
      },
    ]),
  );
}

function pluginIdIn(snapshot: unknown): string | undefined {
  if (typeof snapshot !== 'object' || snapshot === null) return undefined;
  const id = (snapshot as { pluginId?: unknown }).pluginId;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The plugin an entry belongs to: the one whose id prefixes the action (`market-town.agency-request.sent`,
 * written through the plugin's `audit()`), or the one a core entry's snapshots name (`pluginId`, e.g.
 * `plugin.enabled`, `form.submitted`). Undefined for a plugin that is not installed.
 */
export function pluginOf(
  entry: AuditWords,
  vocabulary: AuditVocabulary,
): { plugin: PluginVocabulary; action?: string } | undefined {
  const dot = entry.action.indexOf('.');
  const prefixed = dot > 0 ? vocabulary.plugins.get(entry.action.slice(0, dot)) : undefined;
  if (prefixed) return { plugin: prefixed, action: entry.action.slice(dot + 1) };
  const named = pluginIdIn(entry.after) ?? pluginIdIn(entry.before);
  const plugin = named === undefined ? undefined : vocabulary.plugins.get(named);
  return plugin ? { plugin } : undefined;
}

/**
 * An entry's action for people: a core action from the message catalog, a plugin's from the labels it
 * declares; with the plugin's name when the entry belongs to one (`启用插件 · 集镇型村落社区`). An action nobody
 * names is shown as its key, never as nothing.
 */
export function describeAction(entry: AuditWords, vocabulary: AuditVocabulary): string {
  const { t, locale } = vocabulary;
  const owner = pluginOf(entry, vocabulary);
  const key = actionKey(entry.action);
  const label = key
    ? t(key)
    : owner?.action === undefined
      ? undefined
      : owner.plugin.labels.actions?.[owner.action]?.[locale];
  if (label === undefined) return entry.action;
  return owner ? t('audit.withPlugin', { action: label, plugin: owner.plugin.name[locale] }) : label;
}

/** An entry's entity for people: the catalog's name, else its plugin's label, else the key itself. */
export function describeEntity(entry: AuditWords, vocabulary: AuditVocabulary): string {
  const key = entityKey(entry.entity);
  if (key) return vocabulary.t(key);
  return (
    pluginOf(entry, vocabulary)?.plugin.labels.entities?.[entry.entity]?.[vocabulary.locale] ?? entry.entity
  );
}

/** A snapshot field's name: the plugin's label for an entry of its own, else the catalog's, else the field. */
export function describeField(entry: AuditWords, field: string, vocabulary: AuditVocabulary): string {
  const owner = pluginOf(entry, vocabulary);
  const pluginLabel = owner?.plugin.labels.fields?.[field]?.[vocabulary.locale];
  const key = fieldKey(field);
  if (owner?.action !== undefined && pluginLabel) return pluginLabel;
  return key ? vocabulary.t(key) : (pluginLabel ?? field);
}

/**
 * A string value's name where the plugins know it: a plugin's name (`pluginId`), a form's title (`formKey`),
 * a station's or association's name (`station`, as `<plugin-id>:<key>`), or a value the entry's plugin labels
 * (`stage: result-back`). Undefined when nobody names it.
 */
export function describePluginValue(
  entry: AuditWords,
  field: string,
  value: string,
  vocabulary: AuditVocabulary,
): string | undefined {
  const { locale, plugins } = vocabulary;
  if (field === 'pluginId') return plugins.get(value)?.name[locale];
  if (field === 'station') {
    const [pluginId = '', key = ''] = value.split(':');
    return plugins.get(pluginId)?.stations[key]?.[locale];
  }
  const owner = pluginOf(entry, vocabulary);
  if (!owner) return undefined;
  if (field === 'formKey') return owner.plugin.forms[value]?.[locale];
  return owner.plugin.labels.values?.[field]?.[value]?.[locale];
}
