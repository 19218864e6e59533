import * as i18n from '@solid-primitives/i18n';
import {
  type Accessor,
  createContext,
  createEffect,
  createMemo,
  createSignal,
  type JSX,
  useContext,
} from 'solid-js';
import {
  catalogs,
  isLocale,
  type Locale,
  localeStorageKey,
  type MessageArgs,
  type MessageKey,
} from './catalogs';

/** What `useI18n()` gives a component. */
export interface I18nContextValue {
  /** The current locale. */
  locale: Accessor<Locale>;
  /** Switches the locale; the choice is kept in localStorage. */
  setLocale: (locale: Locale) => void;
  /** Translates a catalog key, filling `{{ name }}` placeholders from `args`. */
  t: (key: MessageKey, args?: MessageArgs) => string;
}

const I18nContext = createContext<I18nContextValue>();

function readStoredLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(localeStorageKey);
  return isLocale(stored) ? stored : 'zh-CN';
}

/**
 * Provides the locale and the translator to the app and keeps `<html lang>` and the page title in step with
 * the locale (the signed-in pages pass it on to Kobalte's primitives, see `SignedInProviders`).
 */
export function I18nProvider(props: { children: JSX.Element }): JSX.Element {
  const [locale, setLocaleSignal] = createSignal<Locale>(readStoredLocale());
  const dictionary = createMemo(() => i18n.flatten(catalogs[locale()]));
  const translate = i18n.translator(dictionary, i18n.resolveTemplate);
  const t = (key: MessageKey, args?: MessageArgs): string => translate(key, args);

  const setLocale = (next: Locale): void => {
    localStorage.setItem(localeStorageKey, next);
    setLocaleSignal(next);
  };

  createEffect(() => {
    document.documentElement.lang = locale();
    document.title = t('app.name');
  });

  return <I18nContext.Provider value={{ locale, setLocale, t }}>{props.children}</I18nContext.Provider>;
}

/** The current locale and translator; must be used within `I18nProvider`. */
export function useI18n(): I18nContextValue {
  const context = useContext(I18nContext);
  if (!context) {
    throw new Error('useI18n must be used within I18nProvider');
  }
  return context;
}
