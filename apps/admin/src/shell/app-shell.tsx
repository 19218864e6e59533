import { Button } from '@kobalte/core/button';
import { A, useLocation } from '@solidjs/router';
import { createEffect, createSignal, For, type JSX, on } from 'solid-js';
import { useMe } from '../auth/me-context';
import { useI18n } from '../i18n/i18n';
import { PluginNavGroup } from '../plugins/plugin-nav';
import { LanguageSwitch } from './language-switch';
import { visibleNavItems } from './nav-items';
import { UserMenu } from './user-menu';
import './app-shell.css';

/**
 * The frame of every signed-in page: header with the user menu, side navigation by the user's permissions
 * (a toggled menu on narrow screens) and main area. Must be used under `SignedIn`.
 */
export function AppShell(props: { children?: JSX.Element }): JSX.Element {
  const { t } = useI18n();
  const { me } = useMe();
  const location = useLocation();
  const [isNavOpen, setIsNavOpen] = createSignal(false);

  createEffect(
    on(
      () => location.pathname,
      () => setIsNavOpen(false),
      { defer: true },
    ),
  );

  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="header">
        <Button
          class="button button--quiet header__menu"
          aria-expanded={isNavOpen()}
          aria-controls="side-nav"
          onClick={() => setIsNavOpen(!isNavOpen())}
        >
          <span class="header__menu-icon" aria-hidden="true" />
          {t('header.openMenu')}
        </Button>
        <A href="/" class="header__brand">
          {t('app.name')}
        </A>
        <span class="header__tagline">{t('app.tagline')}</span>
        <div class="header__end">
          <LanguageSwitch />
          <UserMenu />
        </div>
      </header>
      <div class="shell__body">
        <nav
          id="side-nav"
          class="side-nav"
          classList={{ 'is-open': isNavOpen() }}
          aria-label={t('nav.label')}
        >
          <ul class="side-nav__list">
            <For each={visibleNavItems(me().permissions)}>
              {(item) => (
                <li>
                  <A href={item.href} end={item.isExact} class="side-nav__link" activeClass="is-active">
                    {t(item.label)}
                  </A>
                </li>
              )}
            </For>
          </ul>
          <PluginNavGroup />
        </nav>
        <main id="main" class="main" tabindex="-1">
          {props.children}
        </main>
      </div>
    </div>
  );
}
