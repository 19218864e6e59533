import type { Locale, MessageArgs, MessageKey } from '../i18n/catalogs';
import { isVillageType, villageTypeKey } from '../villages/village-types';
import type { LocalizedText, PluginVillageTypes } from './plugins-api';

/** A plugin's text in the current locale (plugins give every text in zh-CN and en). */
export function pluginText(text: LocalizedText, locale: Locale): string {
  return text[locale] || text['zh-CN'];
}

/** Whether a value is a `{ 'zh-CN', en }` text, as plugins may give titles inside a JSON Schema. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['zh-CN'] === 'string' && typeof candidate.en === 'string';
}

/** The village types a plugin serves, named in the current locale: `工业型、产业型`, or `所有类型` for any. */
export function typeNames(
  types: PluginVillageTypes,
  t: (key: MessageKey, args?: MessageArgs) => string,
): string {
  if (types === 'any') return t('plugins.types.any');
  return types
    .map((type) => (isVillageType(type) ? t(villageTypeKey(type)) : type))
    .join(t('plugins.types.separator'));
}
