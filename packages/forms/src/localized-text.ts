/** The admin's languages: Chinese first, English second. */
export const FORM_LOCALES = ['zh-CN', 'en'] as const;

/** One of {@link FORM_LOCALES}. */
export type FormLocale = (typeof FORM_LOCALES)[number];

/** Bilingual text: Chinese first (the UI's first language), English beside it. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/**
 * The locale an `Accept-Language` header asks for: English when it prefers `en` over `zh`, Chinese
 * otherwise (the default of a Chinese county's admin).
 * @example
 * localeOf('en-GB,en;q=0.9,zh;q=0.5') // 'en'
 */
export function localeOf(acceptLanguage: string | null | undefined): FormLocale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.tag !== '' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const first = ranked.find((entry) => entry.tag.startsWith('zh') || entry.tag.startsWith('en'));
  return first?.tag.startsWith('en') ? 'en' : 'zh-CN';
}
