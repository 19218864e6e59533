import { en } from './en';
import type { Locale } from './locales';
import { type Messages, zhCN } from './zh-CN';

export { isLocale, type Locale, localeStorageKey, locales } from './locales';
export type { Messages } from './zh-CN';

/** The message catalog of each locale: every feature's messages (a chunk of their own in the admin). */
export const catalogs: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** Dotted paths of every nested key, e.g. `'home.heading'`. */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

/** A key of a message in the catalog, e.g. `'nav.home'`. */
export type MessageKey = Paths<Messages>;

/** Values substituted into a message's `{{ name }}` placeholders. */
export type MessageArgs = Record<string, string | number>;
