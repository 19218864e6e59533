import { en } from './en';
import { type Messages, zhCN } from './zh-CN';

/** Supported locales, the default (zh-CN) first. */
export const locales = ['zh-CN', 'en'] as const;

/** A supported locale tag. */
export type Locale = (typeof locales)[number];

/** The message catalog of each locale. */
export const catalogs: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** The localStorage key that keeps the chosen locale across visits. */
export const localeStorageKey = 'cunshe.locale';

/** Tells whether a value (e.g. read from storage) is a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return locales.some((locale) => locale === value);
}

/** Dotted paths of every nested key, e.g. `'home.heading'`. */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

/** A key of a message in the catalog, e.g. `'nav.home'`. */
export type MessageKey = Paths<Messages>;

/** Values substituted into a message's `{{ name }}` placeholders. */
export type MessageArgs = Record<string, string | number>;
