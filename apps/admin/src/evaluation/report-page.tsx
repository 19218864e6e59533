import { Button } from '@kobalte/core/button';
import { useParams } from '@solidjs/router';
import { useQuery } from '@tanstack/solid-query';
import { For, type JSX, Show } from 'solid-js';
import { RequirePermission } from '../auth/require-permission';
import { EmptyState, ErrorState, Loading } from '../components/states';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { evaluationQueryKey, fetchReport, type PeriodReport } from './evaluation-api';
import { percentOfBp } from './evaluation-format';
import { StatusBadge } from './status-badge';
import './report.css';

type ReportVillage = PeriodReport['villages'][number];

/** The villages of a report grouped by township, in the report's order. */
function byTownship(villages: ReportVillage[]): { townshipName: string; villages: ReportVillage[] }[] {
  const groups = new Map<string, { townshipName: string; villages: ReportVillage[] }>();
  for (const village of villages) {
    const group = groups.get(village.townshipId) ?? { townshipName: village.townshipName, villages: [] };
    group.villages.push(village);
    groups.set(village.townshipId, group);
  }
  return [...groups.values()];
}

function Report(props: { report: PeriodReport }): JSX.Element {
  const { t, locale } = useI18n();
  const ranked = () =>
    props.report.villages
      .filter((v) => v.countyRank !== null)
      .sort((a, b) => (a.countyRank ?? 0) - (b.countyRank ?? 0));
  return (
    <article class="evaluation-report">
      <header class="evaluation-report__head">
        <h1 class="page-title">{t('evaluation.report.title', { period: props.report.period.name })}</h1>
        <p class="muted">
          {t('evaluation.report.generatedAt', { at: formatDateTime(new Date(), locale()) })}
        </p>
        <Button class="button button--primary evaluation-report__print" onClick={() => window.print()}>
          {t('evaluation.report.print')}
        </Button>
      </header>
      <Show
        when={props.report.villages.length > 0}
        fallback={<EmptyState title={t('evaluation.report.empty')} />}
      >
        <section class="evaluation-report__section" aria-labelledby="report-ranking">
          <h2 id="report-ranking">{t('evaluation.report.rankingHeading')}</h2>
          <Show
            when={ranked().length > 0}
            fallback={<p class="muted">{t('evaluation.ranking.emptyTitle')}</p>}
          >
            <div class="evaluation-report__scroll">
              <table class="table evaluation-report__table">
                <caption class="visually-hidden">{t('evaluation.report.rankingHeading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('evaluation.ranking.countyRank')}</th>
                    <th scope="col">{t('evaluation.ranking.townshipRank')}</th>
                    <th scope="col">{t('evaluation.ranking.village')}</th>
                    <th scope="col">{t('evaluation.ranking.township')}</th>
                    <th scope="col" class="table__cell--end">
                      {t('evaluation.ranking.total')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <For each={ranked()}>
                    {(v) => (
                      <tr>
                        <td>{v.countyRank}</td>
                        <td>{v.townshipRank}</td>
                        <td>{v.villageName}</td>
                        <td>{v.townshipName}</td>
                        <td class="table__cell--end evaluation-number">{v.totalScore}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        </section>
        <For each={byTownship(props.report.villages)}>
          {(group) => (
            <section class="evaluation-report__section evaluation-report__township">
              <h2>{t('evaluation.report.townshipHeading', { township: group.townshipName })}</h2>
              <div class="evaluation-report__scroll">
                <table class="table evaluation-report__table">
                  <caption class="visually-hidden">
                    {t('evaluation.report.criteriaCaption', { township: group.townshipName })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('evaluation.ranking.village')}</th>
                      <th scope="col">{t('evaluation.assessments.status')}</th>
                      <For each={props.report.rubric}>
                        {(c) => (
                          <th scope="col" class="table__cell--end">
                            {t(`evaluation.criterion.${c.criterion}`)}
                            <br />
                            <span class="muted">
                              {t('evaluation.report.weight', { percent: percentOfBp(c.weightBp) })}
                            </span>
                          </th>
                        )}
                      </For>
                      <th scope="col" class="table__cell--end">
                        {t('evaluation.ranking.total')}
                      </th>
                      <th scope="col" class="table__cell--end">
                        {t('evaluation.ranking.townshipRank')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={group.villages}>
                      {(v) => (
                        <tr>
                          <th scope="row">{v.villageName}</th>
                          <td>
                            <StatusBadge status={v.status} />
                          </td>
                          <For each={v.criteria}>
                            {(c) => <td class="table__cell--end evaluation-number">{c.score ?? '—'}</td>}
                          </For>
                          <td class="table__cell--end evaluation-number">{v.totalScore ?? '—'}</td>
                          <td class="table__cell--end">{v.townshipRank ?? '—'}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </section>
          )}
        </For>
      </Show>
    </article>
  );
}

/**
 * The printable report of a period: the county ranking, then each township on its own A4 page with each
 * village's score on the five criteria. Printing leaves out the app's header and navigation.
 */
export function ReportPage(): JSX.Element {
  const params = useParams<{ periodId: string }>();
  const report = useQuery(() => ({
    queryKey: [...evaluationQueryKey, 'report', params.periodId],
    queryFn: () => fetchReport(params.periodId),
  }));
  return (
    <RequirePermission permission="evaluation:read">
      <Show
        when={report.data}
        fallback={
          <Show when={report.error} fallback={<Loading />}>
            <ErrorState error={report.error} onRetry={() => void report.refetch()} />
          </Show>
        }
      >
        {(r) => <Report report={r()} />}
      </Show>
    </RequirePermission>
  );
}
