import { useQuery } from '@tanstack/solid-query';
import { createMemo, For, type JSX, Match, Show, Switch } from 'solid-js';
import { RequirePermission } from '../../auth/require-permission';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { useI18n } from '../../i18n/i18n';
import {
  enablementsQueryKey,
  fetchEnablements,
  fetchPlugins,
  type PluginEnablement,
  pluginsQueryKey,
} from '../plugins-api';
import { PluginOverview } from './plugin-overview';
import '../plugins.css';

/** The county's plugins page (`/plugins`): every installed plugin, what it brings and which villages have it. */
export function PluginsPage(): JSX.Element {
  const { t } = useI18n();
  const plugins = useQuery(() => ({ queryKey: pluginsQueryKey, queryFn: fetchPlugins }));
  const enablements = useQuery(() => ({ queryKey: enablementsQueryKey, queryFn: fetchEnablements }));
  const villagesOf = createMemo(() => {
    const byPlugin = new Map<string, PluginEnablement[]>();
    for (const row of enablements.data ?? []) {
      byPlugin.set(row.pluginId, [...(byPlugin.get(row.pluginId) ?? []), row]);
    }
    return byPlugin;
  });

  return (
    <RequirePermission permission="villages:read">
      <div class="page-head">
        <div>
          <h1 class="page-title">{t('plugins.county.heading')}</h1>
          <p class="lead">{t('plugins.county.intro')}</p>
        </div>
      </div>
      <Show when={enablements.isError}>
        <div class="alert alert--error plugins-page__alert" role="alert">
          <p class="alert__title">{t('plugins.county.enablementsFailed')}</p>
          <p>{enablements.error?.message}</p>
        </div>
      </Show>
      <Switch>
        <Match when={plugins.isPending}>
          <Loading label={t('plugins.county.loading')} />
        </Match>
        <Match when={plugins.isError}>
          <ErrorState error={plugins.error} onRetry={() => void plugins.refetch()} />
        </Match>
        <Match when={plugins.data?.length === 0}>
          <EmptyState title={t('plugins.county.emptyTitle')} hint={t('plugins.county.emptyHint')} />
        </Match>
        <Match when={plugins.data}>
          {(items) => (
            <div class="stack">
              <For each={items()}>
                {(plugin) => (
                  <PluginOverview
                    plugin={plugin}
                    villages={enablements.data ? (villagesOf().get(plugin.id) ?? []) : undefined}
                  />
                )}
              </For>
            </div>
          )}
        </Match>
      </Switch>
    </RequirePermission>
  );
}
