import { A } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './language-switch';
import './app-shell.css';

/** Props of `BareFrame`. */
export interface BareFrameProps {
  /** Extra header controls beside the language switch, e.g. a sign-out button. */
  headerEnd?: JSX.Element;
  children: JSX.Element;
}

/** The frame of the pages outside the app's navigation (login, forced password change): header and a centred card. */
export function BareFrame(props: BareFrameProps): JSX.Element {
  const { t } = useI18n();
  return (
    <div class="shell shell--bare">
      <header class="header">
        <A href="/" class="header__brand">
          {t('app.name')}
        </A>
        <span class="header__tagline">{t('app.tagline')}</span>
        <div class="header__end">
          <LanguageSwitch />
          <Show when={props.headerEnd}>{props.headerEnd}</Show>
        </div>
      </header>
      <main id="main" class="bare-main" tabindex="-1">
        {props.children}
      </main>
    </div>
  );
}
