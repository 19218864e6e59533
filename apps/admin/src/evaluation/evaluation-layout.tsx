import { A } from '@solidjs/router';
import { useQuery } from '@tanstack/solid-query';
import { For, type JSX, Show } from 'solid-js';
import { RequirePermission } from '../auth/require-permission';
import { ErrorState, Loading } from '../components/states';
import type { MessageKey } from '../i18n/catalogs';
import { useI18n } from '../i18n/i18n';
import { evaluationQueryKey, fetchPeriod, type PeriodDetail } from './evaluation-api';
import './evaluation.css';

const tabs: { href: string; label: MessageKey; permission: string }[] = [
  { href: '/evaluation/periods', label: 'evaluation.tabs.periods', permission: 'evaluation:read' },
  { href: '/evaluation/funding', label: 'evaluation.tabs.funding', permission: 'funding:read' },
];

/** An evaluation page: behind `permission`, with the evaluation sections as tabs above its title. */
export function EvaluationLayout(props: {
  title: string;
  intro?: string;
  permission?: string;
  actions?: JSX.Element;
  children: JSX.Element;
}): JSX.Element {
  const { t } = useI18n();
  return (
    <RequirePermission permission={props.permission ?? 'evaluation:read'}>
      <nav class="evaluation-tabs" aria-label={t('evaluation.tabs.label')}>
        <For each={tabs}>
          {(tab) => (
            <A href={tab.href} class="evaluation-tabs__tab" activeClass="evaluation-tabs__tab--active">
              {t(tab.label)}
            </A>
          )}
        </For>
      </nav>
      <div class="page-head">
        <div>
          <h1 class="page-title">{props.title}</h1>
          {props.intro ? <p class="lead">{props.intro}</p> : null}
        </div>
        {props.actions}
      </div>
      {props.children}
    </RequirePermission>
  );
}

const periodTabs: { path: string; label: MessageKey }[] = [
  { path: '', label: 'evaluation.periodTabs.rubric' },
  { path: '/assessments', label: 'evaluation.periodTabs.assessments' },
  { path: '/ranking', label: 'evaluation.periodTabs.ranking' },
  { path: '/report', label: 'evaluation.periodTabs.report' },
];

/** The query of a period with its rubric, shared by the period's pages. */
export function usePeriod(periodId: () => string) {
  return useQuery(() => ({
    queryKey: [...evaluationQueryKey, 'period', periodId()],
    queryFn: () => fetchPeriod(periodId()),
  }));
}

/** A page of one period: its name and status as the title, the period's sections as tabs, then the page. */
export function PeriodLayout(props: {
  periodId: string;
  intro?: string;
  actions?: (period: PeriodDetail) => JSX.Element;
  children: (period: PeriodDetail) => JSX.Element;
}): JSX.Element {
  const { t } = useI18n();
  const period = usePeriod(() => props.periodId);
  return (
    <RequirePermission permission="evaluation:read">
      <p class="evaluation-back">
        <A href="/evaluation/periods">← {t('evaluation.common.back')}</A>
      </p>
      <Show
        when={period.data}
        fallback={
          <Show when={period.error} fallback={<Loading />}>
            <ErrorState error={period.error} onRetry={() => void period.refetch()} />
          </Show>
        }
      >
        {(p) => (
          <>
            <div class="page-head">
              <div>
                <h1 class="page-title">
                  {p().name}{' '}
                  <span class={`badge evaluation-period-status--${p().status}`}>
                    {t(`evaluation.periodStatus.${p().status}`)}
                  </span>
                </h1>
                {props.intro ? <p class="lead">{props.intro}</p> : null}
              </div>
              {props.actions?.(p())}
            </div>
            <nav class="evaluation-tabs" aria-label={t('evaluation.periodTabs.label')}>
              <For each={periodTabs}>
                {(tab) => (
                  <A
                    href={`/evaluation/periods/${p().id}${tab.path}`}
                    end
                    class="evaluation-tabs__tab"
                    activeClass="evaluation-tabs__tab--active"
                  >
                    {t(tab.label)}
                  </A>
                )}
              </For>
            </nav>
            {props.children(p())}
          </>
        )}
      </Show>
    </RequirePermission>
  );
}
