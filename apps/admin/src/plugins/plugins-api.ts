import { api } from '../api/client';
import type { VillageType } from '../villages/village-types';

/** A text in both languages, as plugins declare their names. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/** A service a station or association offers, and who provides it (e.g. a county bureau). */
export interface PluginService {
  key: string;
  name: LocalizedText;
  provider?: LocalizedText;
}

/** The kinds of service place (站、室、服务点). */
export type StationCategory =
  | 'station'
  | 'room'
  | 'county-bureau-point'
  | 'convenience-point'
  | 'floating-member-point';

/** A service station a plugin brings. */
export interface PluginStation {
  key: string;
  name: LocalizedText;
  category: StationCategory;
  services: PluginService[];
  openingHours?: string;
}

/** An association (协会) a plugin brings; some have their own party branch. */
export interface PluginAssociation {
  key: string;
  name: LocalizedText;
  hasPartyBranch: boolean;
  services: PluginService[];
}

/** A form a plugin brings, in its current version. */
export interface PluginForm {
  key: string;
  version: number;
  title: LocalizedText;
  station?: string;
}

/** A navigation entry of a plugin; `path` is relative to `/plugins/<id>`. */
export interface PluginNavigationEntry {
  path: string;
  label: LocalizedText;
}

/** What an installed plugin contributes. */
export interface PluginCatalogue {
  serviceStations: PluginStation[];
  associations: PluginAssociation[];
  forms: PluginForm[];
  navigation: PluginNavigationEntry[];
}

/** The village types a plugin serves, or `any`. */
export type PluginVillageTypes = 'any' | string[];

/** An installed plugin (`GET /api/plugins`). */
export interface InstalledPlugin {
  id: string;
  version: string;
  name: LocalizedText;
  villageTypes: PluginVillageTypes;
  catalogue: PluginCatalogue;
}

/** Where a setting's value comes from. */
export type SettingSource = 'default' | 'county' | 'township' | 'village';

/** A village's effective settings of a plugin, where each value comes from, and what each level stores. */
export interface ResolvedSettings {
  values: Record<string, unknown>;
  sources: Record<string, SettingSource>;
  levels: Record<Exclude<SettingSource, 'default'>, Record<string, unknown>>;
}

/** A plugin as a village sees it (`GET /api/villages/{id}/plugins`). */
export interface VillagePlugin {
  id: string;
  version: string;
  name: LocalizedText;
  villageTypes: PluginVillageTypes;
  /** Whether the plugin serves the village's type; otherwise enabling needs a written reason. */
  isTargeted: boolean;
  isEnabled: boolean;
  overrideReason: string | null;
  /** The JSON Schema of the plugin's settings, or null for a plugin without settings. */
  settingsSchema: Record<string, unknown> | null;
  settings: ResolvedSettings | null;
}

/** A village where a plugin is enabled (`GET /api/plugin-enablements`). */
export interface PluginEnablement {
  pluginId: string;
  villageId: string;
  villageName: string;
  villageCode: string;
  townshipName: string;
  type: VillageType | null;
  overrideReason: string | null;
}

/** The cache key of the installed plugins. */
export const pluginsQueryKey = ['plugins'] as const;
/** The cache key of which villages have which plugins. */
export const enablementsQueryKey = ['plugins', 'enablements'] as const;
function withDefaults(catalogue: Partial<PluginCatalogue> | undefined): PluginCatalogue {
  return {
    serviceStations: catalogue?.serviceStations ?? [],
    associations: catalogue?.associations ?? [],
    forms: catalogue?.forms ?? [],
    navigation: catalogue?.navigation ?? [],
  };
}

/** The installed plugins with their catalogues, in load order. */
export async function fetchPlugins(): Promise<InstalledPlugin[]> {
  const { items } = await api<{ items: (Omit<InstalledPlugin, 'catalogue'> & { catalogue?: object })[] }>(
    '/api/plugins',
  );
  return items.map((item) => ({ ...item, catalogue: withDefaults(item.catalogue) }));
}

/** Every installed plugin for one village: whether it serves the village, is enabled, and its settings. */
export async function fetchVillagePlugins(villageId: string): Promise<VillagePlugin[]> {
  const path = `/api/villages/${encodeURIComponent(villageId)}/plugins`;
  return (await api<{ items: VillagePlugin[] }>(path)).items;
}

/** Which villages of the user's scope have which plugins enabled. */
export async function fetchEnablements(): Promise<PluginEnablement[]> {
  return (await api<{ items: PluginEnablement[] }>('/api/plugin-enablements')).items;
}

const villagePluginPath = (villageId: string, pluginId: string) =>
  `/api/villages/${encodeURIComponent(villageId)}/plugins/${encodeURIComponent(pluginId)}`;

/** Enables a plugin on a village; a plugin that does not serve the village's type needs `overrideReason`. */
export function enablePlugin(input: {
  villageId: string;
  pluginId: string;
  overrideReason?: string;
}): Promise<{ isChanged: boolean }> {
  return api(`${villagePluginPath(input.villageId, input.pluginId)}/enable`, {
    method: 'POST',
    body: input.overrideReason === undefined ? {} : { overrideReason: input.overrideReason },
  });
}

/** Disables a plugin on a village; its rows are kept and shown again when it is enabled again. */
export function disablePlugin(input: {
  villageId: string;
  pluginId: string;
}): Promise<{ isChanged: boolean }> {
  return api(`${villagePluginPath(input.villageId, input.pluginId)}/disable`, { method: 'POST' });
}

/** Replaces the village's own values of a plugin's settings; the values it leaves out are inherited. */
export function saveVillageSettings(input: {
  villageId: string;
  pluginId: string;
  values: Record<string, unknown>;
}): Promise<{ isChanged: boolean }> {
  return api(`${villagePluginPath(input.villageId, input.pluginId)}/settings`, {
    method: 'PUT',
    body: { values: input.values },
  });
}

/** Enables a plugin on every village of one type at once; answers how many changed and how many already had it. */
export function enablePluginByType(input: {
  pluginId: string;
  type: VillageType;
}): Promise<{ enabled: number; unchanged: number }> {
  return api('/api/plugin-enablements', { method: 'POST', body: input });
}
