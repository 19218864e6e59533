import { A, useParams } from '@solidjs/router';
import { useQuery } from '@tanstack/solid-query';
import { For, type JSX, Show } from 'solid-js';
import { EmptyState, ErrorState, Loading } from '../components/states';
import { useI18n } from '../i18n/i18n';
import { evaluationQueryKey, fetchRanking, type RankingRow } from './evaluation-api';
import { PeriodLayout } from './evaluation-layout';

/** A ranking as a table: county rank, township rank, village, township, score. */
export function RankingTable(props: { rows: RankingRow[]; periodId: string; caption: string }): JSX.Element {
  const { t } = useI18n();
  return (
    <div class="table-scroll">
      <table class="table">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" class="table__cell--end">
              {t('evaluation.ranking.countyRank')}
            </th>
            <th scope="col" class="table__cell--end">
              {t('evaluation.ranking.townshipRank')}
            </th>
            <th scope="col">{t('evaluation.ranking.village')}</th>
            <th scope="col">{t('evaluation.ranking.township')}</th>
            <th scope="col" class="table__cell--end">
              {t('evaluation.ranking.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr>
                <td class="table__cell--end evaluation-number">{row.countyRank}</td>
                <td class="table__cell--end evaluation-number">{row.townshipRank}</td>
                <td>
                  <A href={`/evaluation/periods/${props.periodId}/villages/${row.villageId}`}>
                    {row.villageName}
                  </A>
                </td>
                <td>{row.townshipName}</td>
                <td class="table__cell--end evaluation-number">{row.totalScore}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

/** 排名: a period's approved villages ranked within the county and within their township. */
export function RankingPage(): JSX.Element {
  const { t } = useI18n();
  const params = useParams<{ periodId: string }>();
  const ranking = useQuery(() => ({
    queryKey: [...evaluationQueryKey, 'ranking', params.periodId],
    queryFn: () => fetchRanking(params.periodId),
  }));
  return (
    <PeriodLayout periodId={params.periodId} intro={t('evaluation.ranking.intro')}>
      {() => (
        <Show
          when={ranking.data}
          fallback={
            <Show when={ranking.error} fallback={<Loading />}>
              <ErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />
            </Show>
          }
        >
          {(rows) => (
            <Show
              when={rows().length > 0}
              fallback={
                <EmptyState
                  title={t('evaluation.ranking.emptyTitle')}
                  hint={t('evaluation.ranking.emptyHint')}
                />
              }
            >
              <RankingTable
                rows={rows()}
                periodId={params.periodId}
                caption={t('evaluation.ranking.caption')}
              />
            </Show>
          )}
        </Show>
      )}
    </PeriodLayout>
  );
}
