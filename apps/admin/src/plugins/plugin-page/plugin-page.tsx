import { type PluginAdminPage, pluginAdminLoaders } from 'virtual:cunshe-plugin-admin';
import { Button } from '@kobalte/core/button';
import { A, useLocation, useParams } from '@solidjs/router';
import { useQuery } from '@tanstack/solid-query';
import { createMemo, ErrorBoundary, For, type JSX, Match, Show, Suspense, Switch } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { useI18n } from '../../i18n/i18n';
import { pluginText } from '../plugin-text';
import { fetchPlugins, pluginsQueryKey } from '../plugins-api';
import { findPage, pluginPageHref } from './page-path';
// Plugin pages are styled with the host's classes (`field`, `table`, …): load the sheets that define them.
import '../../components/form-field/form-field.css';
import '../../components/data-table/data-table.css';
import '../plugins.css';

function PageView(props: { page: PluginAdminPage; pluginName: string }): JSX.Element {
  const { t, locale } = useI18n();
  const location = useLocation();
  // Plugin pages read the language from <html lang> (the SDK's `localized()`), not reactively: the page is
  // rendered again on a switch, after <html lang> has been brought up to date. A new `?village=` too.
  const renderKey = createMemo(() => {
    const current = locale();
    document.documentElement.lang = current;
    return `${current}${location.search}`;
  });
  return (
    <ErrorBoundary
      fallback={(error: unknown, reset) => (
        <div class="state state--error" role="alert">
          <p class="state__title">{t('plugins.page.crashedTitle')}</p>
          <p class="state__hint">
            {t('plugins.page.crashedHint', {
              name: props.pluginName,
              message: error instanceof Error ? error.message : String(error),
            })}
          </p>
          <div class="state__action">
            <Button class="button" onClick={reset}>
              {t('states.retry')}
            </Button>
          </div>
        </div>
      )}
    >
      <Suspense fallback={<Loading label={t('plugins.page.loading')} />}>
        <Show when={renderKey()} keyed>
          {(_key) => (
            <div class="plugin-page">
              <Dynamic component={props.page.component} />
            </div>
          )}
        </Show>
      </Suspense>
    </ErrorBoundary>
  );
}

/**
 * A plugin's admin page at `/plugins/<plugin-id>/<path>`: loads the plugin's `./admin` module (its own chunk)
 * on first visit and renders the page whose `path` matches; a failing page stays inside its frame.
 */
export function PluginPage(): JSX.Element {
  const { t, locale } = useI18n();
  const params = useParams<{ pluginId: string; rest?: string }>();
  const location = useLocation();
  const loader = () => pluginAdminLoaders[params.pluginId];
  const admin = useQuery(() => ({
    queryKey: ['plugin-admin', params.pluginId],
    queryFn: async () => {
      const load = loader();
      return load ? (await load()).default : null;
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  }));
  const installed = useQuery(() => ({ queryKey: pluginsQueryKey, queryFn: fetchPlugins }));
  const pluginName = () => {
    const plugin = installed.data?.find((candidate) => candidate.id === params.pluginId);
    return plugin ? pluginText(plugin.name, locale()) : params.pluginId;
  };
  const page = () => (admin.data ? findPage(admin.data.pages, params.rest) : undefined);

  return (
    <Switch>
      <Match when={!loader()}>
        <EmptyState
          title={t('plugins.page.unknownTitle')}
          hint={t('plugins.page.unknownHint', { id: params.pluginId })}
          action={
            <A href="/plugins" class="button">
              {t('plugins.nav.overview')}
            </A>
          }
        />
      </Match>
      <Match when={admin.isPending}>
        <Loading label={t('plugins.page.loading')} />
      </Match>
      <Match when={admin.isError}>
        <div class="stack">
          <h1 class="page-title">{t('plugins.page.failedTitle')}</h1>
          <ErrorState error={admin.error} onRetry={() => void admin.refetch()} />
        </div>
      </Match>
      <Match when={page()}>{(found) => <PageView page={found()} pluginName={pluginName()} />}</Match>
      <Match when={admin.data}>
        {(data) => (
          <EmptyState
            title={t('plugins.page.noPageTitle')}
            hint={t('plugins.page.noPageHint', { name: pluginName() })}
            action={
              <ul class="plugin-page__links">
                <For each={data().pages}>
                  {(other) => (
                    <li>
                      <A href={pluginPageHref(params.pluginId, other.path, location.search)}>
                        {pluginText(other.title, locale())}
                      </A>
                    </li>
                  )}
                </For>
              </ul>
            }
          />
        )}
      </Match>
    </Switch>
  );
}
