/** Supported locales, the default (zh-CN) first. */
export const locales = ['zh-CN', 'en'] as const;

/** A supported locale tag. */
export type Locale = (typeof locales)[number];

/** The localStorage key that keeps the chosen locale across visits. */
export const localeStorageKey = 'cunshe.locale';

/** Tells whether a value (e.g. read from storage) is a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return locales.some((locale) => locale === value);
}
