import { useQuery } from '@tanstack/solid-query';
import { createMemo, For, type JSX, Match, Show, Switch } from 'solid-js';
import { useListQuery } from '../components/data-table';
import { ErrorState, Loading } from '../components/states';
import { useI18n } from '../i18n/i18n';
import { VillageTypeBadge } from './village-type-badge';
import { type VillageTypeOrNone, villageTypesOrNone } from './village-types';
import { fetchTownships, type TownshipSummary, townshipsQueryKey } from './villages-api';

/** The list filters the tree sets. */
export const villageFilterParams = ['townshipCode', 'type'] as const;

function TypeCounts(props: { counts: Record<VillageTypeOrNone, number>; hasNone?: boolean }): JSX.Element {
  const types = () =>
    villageTypesOrNone.filter((type) => props.counts[type] > 0 && (props.hasNone || type !== 'none'));
  return (
    <span class="township__types">
      <For each={types()}>
        {(type) => (
          <span class="township__type">
            <VillageTypeBadge type={type} />
            <span class="township__type-count">{props.counts[type]}</span>
          </span>
        )}
      </For>
    </span>
  );
}

function sumCounts(townships: TownshipSummary[]): Record<VillageTypeOrNone, number> {
  const total = { industrial: 0, 'industry-chain': 0, suburban: 0, 'market-town': 0, none: 0 };
  for (const township of townships) {
    for (const type of villageTypesOrNone) total[type] += township.villagesByType[type] ?? 0;
  }
  return total;
}

/**
 * The county's township -> village tree: every township with its number of villages and its villages per
 * type. Choosing a township filters the village list beside it (the URL's `townshipCode`).
 */
export function TownshipTree(): JSX.Element {
  const { t } = useI18n();
  const { query, update } = useListQuery(() => villageFilterParams);
  const townships = useQuery(() => ({ queryKey: townshipsQueryKey, queryFn: fetchTownships }));
  const selected = () => query().filters.townshipCode;
  const totals = createMemo(() => sumCounts(townships.data ?? []));
  const villageTotal = () => (townships.data ?? []).reduce((sum, township) => sum + township.villageCount, 0);
  const choose = (code: string | undefined) => update({ filters: { townshipCode: code } });

  return (
    <nav class="township-tree" aria-label={t('villages.tree.label')}>
      <h2 class="township-tree__heading">{t('villages.tree.heading')}</h2>
      <Switch>
        <Match when={townships.isPending}>
          <Loading label={t('villages.tree.loading')} />
        </Match>
        <Match when={townships.isError}>
          <ErrorState error={townships.error} onRetry={() => void townships.refetch()} />
        </Match>
        <Match when={townships.data?.length === 0}>
          <p class="muted township-tree__empty">{t('villages.tree.empty')}</p>
        </Match>
        <Match when={townships.data}>
          {(list) => (
            <ul class="township-tree__list">
              <li>
                <button
                  type="button"
                  class="township"
                  aria-current={selected() === undefined ? 'true' : undefined}
                  onClick={() => choose(undefined)}
                >
                  <span class="township__row">
                    <span class="township__name">{t('villages.tree.all')}</span>
                    <span class="township__count">
                      {t('villages.tree.villageCount', { count: villageTotal() })}
                    </span>
                  </span>
                  <TypeCounts counts={totals()} hasNone />
                </button>
              </li>
              <For each={list()}>
                {(township) => (
                  <li>
                    <button
                      type="button"
                      class="township"
                      aria-current={selected() === township.code ? 'true' : undefined}
                      onClick={() => choose(township.code)}
                    >
                      <span class="township__row">
                        <span class="township__name">{township.name}</span>
                        <span class="township__count">
                          {t('villages.tree.villageCount', { count: township.villageCount })}
                        </span>
                      </span>
                      <Show when={township.villageCount > township.villagesByType.none}>
                        <TypeCounts counts={township.villagesByType} />
                      </Show>
                    </button>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Match>
      </Switch>
    </nav>
  );
}
