import { A } from '@solidjs/router';
import { useQuery } from '@tanstack/solid-query';
import { createUniqueId, For, type JSX, Show } from 'solid-js';
import { useMe } from '../auth/me-context';
import { useI18n } from '../i18n/i18n';
import { pluginPageHref } from './plugin-page/page-path';
import { pluginText } from './plugin-text';
import { fetchPlugins, pluginsQueryKey } from './plugins-api';
import './plugin-nav.css';

/**
 * The 插件 group of the side navigation: the county's plugins page, then the navigation entries of every
 * installed plugin (`catalogue.navigation` of `GET /api/plugins`), labelled in the current language.
 */
export function PluginNavGroup(): JSX.Element {
  const { t, locale } = useI18n();
  const { can } = useMe();
  const headingId = createUniqueId();
  const plugins = useQuery(() => ({
    queryKey: pluginsQueryKey,
    queryFn: fetchPlugins,
    enabled: can('villages:read'),
  }));
  const entries = () =>
    (plugins.data ?? []).flatMap((plugin) =>
      plugin.catalogue.navigation.map((entry) => ({
        href: pluginPageHref(plugin.id, entry.path),
        label: pluginText(entry.label, locale()),
        pluginName: pluginText(plugin.name, locale()),
      })),
    );

  return (
    <Show when={can('villages:read')}>
      <div class="side-nav__group">
        <A id={headingId} href="/plugins" end class="side-nav__link" activeClass="is-active">
          {t('plugins.nav.group')}
        </A>
        <Show when={entries().length > 0}>
          <ul class="side-nav__list side-nav__sublist" aria-labelledby={headingId}>
            <For each={entries()}>
              {(entry) => (
                <li>
                  <A
                    href={entry.href}
                    end
                    class="side-nav__link side-nav__link--sub"
                    activeClass="is-active"
                    title={entry.pluginName}
                  >
                    {entry.label}
                  </A>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
    </Show>
  );
}
