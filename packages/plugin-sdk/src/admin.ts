import type { Component } from 'solid-js';
import type { LocalizedText } from './village-types';

/** A page of a plugin in the admin, at `/plugins/<plugin-id><path>`. */
export interface PluginPage {
  /** `/` or a sub-path such as `/members`; matches the plugin's `navigation` entries. */
  path: string;
  title: LocalizedText;
  component: Component;
}

/** What a plugin's `./admin` export default-exports: its pages, loaded lazily by the admin. */
export interface PluginAdmin {
  pages: PluginPage[];
}

/**
 * Declares a plugin's admin pages. The admin imports the module only when one of its pages is opened.
 * @example
 * export default definePluginAdmin({
 *   pages: [{ path: '/', title: { 'zh-CN': '会员', en: 'Members' }, component: MembersPage }],
 * });
 */
export function definePluginAdmin(admin: PluginAdmin): PluginAdmin {
  return admin;
}

/** The admin's current language, `zh-CN` (the default) or `en`. */
export function currentLocale(): keyof LocalizedText {
  return document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
}

/** Picks the text of the admin's current language. */
export function localized(text: LocalizedText): string {
  return text[currentLocale()];
}

export { type Answer, call, errorAt, type FieldError, read } from './admin-api';
export { useVillagePicker } from './village-picker';
