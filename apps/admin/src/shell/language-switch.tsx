import type { JSX } from 'solid-js';
import { useI18n } from '../i18n/i18n';

/** Toggles between Chinese and English; its label names the language it switches to. */
export function LanguageSwitch(): JSX.Element {
  const { locale, setLocale, t } = useI18n();
  const otherLocale = () => (locale() === 'zh-CN' ? 'en' : 'zh-CN');

  return (
    <button
      type="button"
      class="button button--quiet"
      lang={otherLocale()}
      onClick={() => setLocale(otherLocale())}
    >
      {t('header.switchLanguage')}
    </button>
  );
}
