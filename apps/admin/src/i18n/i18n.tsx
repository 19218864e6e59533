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
import type { MessageArgs, MessageKey, Messages } from './catalogs';
import { isLocale, type Locale, localeStorageKey } from './locales';
import { shellMessages } from './shell-messages';

/** What `useI18n()` gives a component. */
export interface I18nContextValue {
  /** The current locale. */
  locale: Accessor<Locale>;
  /** Switches the locale; the choice is kept in localStorage. */
  setLocale: (locale: Locale) => void;
  /** Translates a catalog key, filling `{{ name }}` placeholders from `args`. */
  t: (key: MessageKey, args?: MessageArgs) => string;
  /** True once every feature's messages are loaded (see {@link I18nContextValue.loadAllMessages}). */
  hasAllMessages: Accessor<boolean>;
  /**
   * Loads every feature's messages (a chunk of their own). Until then only the frame's and the login's
   * messages (`shellMessages`) are there: the first page loads no feature's catalog. The signed-in pages
   * call it and wait for it.
   * @throws Error when the chunk cannot be fetched (the caller offers a retry).
   */
  loadAllMessages: () => Promise<void>;
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
  const [all, setAll] = createSignal<Record<Locale, Messages>>();
  let loading: Promise<void> | undefined;
  const loadAllMessages = (): Promise<void> => {
    loading ??= import('./catalogs').then(
      (module) => {
        setAll(() => module.catalogs);
      },
      (error: unknown) => {
        // A failed chunk is not remembered, so a retry fetches it again.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  // The frame's messages are the first part of every catalog (zh-CN.ts spreads them in), so until the whole
  // catalog is there they stand for it.
  const dictionary = createMemo(() =>
    i18n.flatten((all()?.[locale()] ?? shellMessages[locale()]) as Messages),
  );
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

  return (
    <I18nContext.Provider
      value={{ locale, setLocale, t, hasAllMessages: () => all() !== undefined, loadAllMessages }}
    >
      {props.children}
    </I18nContext.Provider>
  );
}

/** The current locale and translator; must be used within `I18nProvider`. */
export function useI18n(): I18nContextValue {
  const context = useContext(I18nContext);
  if (!context) {
    throw new Error('useI18n must be used within I18nProvider');
  }
  return context;
}
