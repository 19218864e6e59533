import { useQuery } from '@tanstack/solid-query';
import { createMemo, For, type JSX, Match, Show, Switch } from 'solid-js';
import { useMe } from '../../auth/me-context';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { useI18n } from '../../i18n/i18n';
import { villageTypeKey } from '../../villages/village-types';
import { fetchVillage, villagesQueryKey } from '../../villages/villages-api';
import { fetchVillagePlugins, type VillagePlugin } from '../plugins-api';
import { VillagePluginItem } from './village-plugin-item';
import '../plugins.css';

/**
 * The cache key of a village's plugins: below the village's own key, so a change of the village's type (which
 * invalidates every village query) also refreshes which plugins serve it.
 */
export const villagePluginsQueryKey = (villageId: string) =>
  [...villagesQueryKey, 'one', villageId, 'plugins'] as const;

// Enabled first, then those serving the village's type, then the rest (which need a written reason).
const rank = (plugin: VillagePlugin) => (plugin.isEnabled ? 0 : plugin.isTargeted ? 1 : 2);

/**
 * The plugins section of a village page: every installed plugin, enabled or available, with enable and
 * disable (a plugin for other village types asks for a written reason) and its settings.
 */
export function VillagePlugins(props: { villageId: string }): JSX.Element {
  const { t } = useI18n();
  const { can } = useMe();
  // The village page has loaded the village already; this reads it from the cache.
  const village = useQuery(() => ({
    queryKey: [...villagesQueryKey, 'one', props.villageId],
    queryFn: () => fetchVillage(props.villageId),
  }));
  const plugins = useQuery(() => ({
    queryKey: villagePluginsQueryKey(props.villageId),
    queryFn: () => fetchVillagePlugins(props.villageId),
  }));
  // Keyed by id, so a refetch (after a save) keeps each plugin's open settings and unsaved edits.
  const byId = createMemo(() => new Map((plugins.data ?? []).map((plugin) => [plugin.id, plugin])));
  const sortedIds = createMemo(() =>
    [...(plugins.data ?? [])].sort((a, b) => rank(a) - rank(b)).map((plugin) => plugin.id),
  );

  return (
    <section class="card" aria-labelledby="village-plugins-heading">
      <h2 id="village-plugins-heading" class="card__title">
        {t('plugins.village.heading')}
      </h2>
      <p class="card__hint">{t('plugins.village.hint')}</p>
      <Show when={!can('plugins:manage')}>
        <p class="muted plugin-list__read-only">{t('plugins.village.readOnly')}</p>
      </Show>
      <Switch>
        <Match when={plugins.isPending}>
          <Loading label={t('plugins.village.loading')} />
        </Match>
        <Match when={plugins.isError}>
          <ErrorState error={plugins.error} onRetry={() => void plugins.refetch()} />
        </Match>
        <Match when={sortedIds().length === 0}>
          <EmptyState title={t('plugins.village.emptyTitle')} hint={t('plugins.village.emptyHint')} />
        </Match>
        <Match when={sortedIds().length > 0}>
          <ul class="plugin-list" aria-label={t('plugins.village.listLabel')}>
            <For each={sortedIds()}>
              {(id) => (
                <Show when={byId().get(id)}>
                  {(plugin) => (
                    <VillagePluginItem
                      plugin={plugin()}
                      villageId={props.villageId}
                      villageName={village.data?.name ?? ''}
                      villageType={t(villageTypeKey(village.data?.type ?? null))}
                      canManage={can('plugins:manage')}
                      refresh={() => plugins.refetch()}
                    />
                  )}
                </Show>
              )}
            </For>
          </ul>
        </Match>
      </Switch>
    </section>
  );
}
