import { useQuery } from '@tanstack/solid-query';
import { For, type JSX, Match, Switch } from 'solid-js';
import { auditQueryKey, fetchAudit } from '../audit/audit-api';
import { AuditChangeView } from '../audit/audit-change-view';
import { describeAction } from '../audit/audit-vocabulary';
import { useAuditVocabulary } from '../audit/use-audit-vocabulary';
import { EmptyState, ErrorState, Loading } from '../components/states';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import '../audit/audit.css';

const entriesShown = 50;

/** A village's change history from the audit log, newest first. */
export function VillageHistory(props: { villageId: string }): JSX.Element {
  const { t, locale } = useI18n();
  const history = useQuery(() => ({
    queryKey: [...auditQueryKey, 'village', props.villageId],
    queryFn: () =>
      fetchAudit({ entity: 'village', entityId: props.villageId, page: 1, pageSize: entriesShown }),
  }));
  const vocabulary = useAuditVocabulary();

  return (
    <section class="card" aria-labelledby="history-heading">
      <h2 id="history-heading" class="card__title">
        {t('villages.page.historyHeading')}
      </h2>
      <Switch>
        <Match when={history.isPending}>
          <Loading label={t('villages.page.historyLoading')} />
        </Match>
        <Match when={history.isError}>
          <ErrorState error={history.error} onRetry={() => void history.refetch()} />
        </Match>
        <Match when={history.data?.items.length === 0}>
          <EmptyState title={t('villages.page.historyEmpty')} />
        </Match>
        <Match when={history.data}>
          {(page) => (
            <ol class="history">
              <For each={page().items}>
                {(entry) => (
                  <li class="history__entry">
                    <div class="history__meta">
                      <time dateTime={entry.at}>{formatDateTime(entry.at, locale())}</time>
                      <span>{entry.actorName ?? t('audit.system')}</span>
                      <span class="history__action">{describeAction(entry, vocabulary())}</span>
                    </div>
                    <AuditChangeView entry={entry} vocabulary={vocabulary()} />
                  </li>
                )}
              </For>
            </ol>
          )}
        </Match>
      </Switch>
    </section>
  );
}
