import { Button } from '@kobalte/core/button';
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, type JSX, Match, Show, Switch } from 'solid-js';
import { useMe } from '../auth/me-context';
import { RequirePermission } from '../auth/require-permission';
import { confirm } from '../components/confirm-dialog';
import { EmptyState, ErrorState, Loading } from '../components/states';
import { showToast } from '../components/toast';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { IssueKeyDialog } from './issue-key-dialog';
import { type ApiKey, apiKeysQueryKey, fetchApiKeys, open311Endpoints, revokeApiKey } from './open311-api';
import '../components/data-table/data-table.css';
import './open311.css';

function Endpoints(props: { countyCode: string }): JSX.Element {
  const { t } = useI18n();
  const urls = () => open311Endpoints(props.countyCode, window.location.origin);
  return (
    <section class="card" aria-labelledby="open311-endpoints-heading">
      <h2 id="open311-endpoints-heading" class="card__title">
        {t('open311.endpoints.heading')}
      </h2>
      <p class="card__hint">{t('open311.endpoints.hint', { code: props.countyCode })}</p>
      <dl class="open311-endpoints">
        <div>
          <dt>{t('open311.endpoints.services')}</dt>
          <dd>
            <a class="mono" href={urls().services} target="_blank" rel="noopener">
              {urls().services}
            </a>
          </dd>
        </div>
        <div>
          <dt>{t('open311.endpoints.requests')}</dt>
          <dd>
            <a class="mono" href={urls().requests} target="_blank" rel="noopener">
              {urls().requests}
            </a>
          </dd>
        </div>
        <div>
          <dt>{t('open311.endpoints.filing')}</dt>
          <dd class="mono">{urls().filing}</dd>
        </div>
      </dl>
      <p class="muted">
        {t('open311.endpoints.docs')} <a href="/api/docs">{t('open311.endpoints.docsLink')}</a>
      </p>
    </section>
  );
}

function KeyRow(props: { apiKey: ApiKey }): JSX.Element {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const revoke = useMutation(() => ({
    mutationFn: () => revokeApiKey(props.apiKey.id),
    onSuccess: (key: ApiKey) =>
      showToast({ kind: 'success', title: t('open311.toast.revoked', { name: key.name }) }),
    onError: (error: unknown) =>
      showToast({
        kind: 'error',
        title: t('open311.toast.failed'),
        description: error instanceof Error ? error.message : undefined,
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: apiKeysQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  }));
  const askToRevoke = async (): Promise<void> => {
    const isConfirmed = await confirm({
      title: t('open311.confirm.revokeTitle', { name: props.apiKey.name }),
      description: t('open311.confirm.revokeDescription'),
      confirmLabel: t('open311.confirm.revokeLabel'),
    });
    if (isConfirmed) revoke.mutate();
  };
  return (
    <tr>
      <td data-label={t('open311.keys.column.name')}>{props.apiKey.name}</td>
      <td data-label={t('open311.keys.column.hint')} class="mono">
        …{props.apiKey.secretHint}
      </td>
      <td data-label={t('open311.keys.column.createdBy')}>{props.apiKey.createdBy.name}</td>
      <td data-label={t('open311.keys.column.createdAt')}>
        {formatDateTime(props.apiKey.createdAt, locale())}
      </td>
      <td data-label={t('open311.keys.column.lastUsedAt')}>
        {props.apiKey.lastUsedAt
          ? formatDateTime(props.apiKey.lastUsedAt, locale())
          : t('open311.keys.never')}
      </td>
      <td data-label={t('open311.keys.column.status')}>
        <Show
          when={props.apiKey.revokedAt}
          fallback={<span class="badge badge--ok">{t('open311.keys.active')}</span>}
        >
          {(revokedAt) => (
            <span class="badge badge--muted">
              {t('open311.keys.revoked', { time: formatDateTime(revokedAt(), locale()) })}
            </span>
          )}
        </Show>
      </td>
      <td data-label={t('open311.keys.column.actions')} class="table__cell--end">
        <Show when={!props.apiKey.revokedAt} fallback="—">
          <Button
            class="button button--small button--danger"
            aria-label={t('open311.keys.revokeNamed', { name: props.apiKey.name })}
            disabled={revoke.isPending}
            onClick={() => void askToRevoke()}
          >
            {t('open311.keys.revoke')}
          </Button>
        </Show>
      </td>
    </tr>
  );
}

/** The county's Open311 door: its public endpoints, and its API keys to issue (secret shown once) and revoke. */
export function Open311Page(): JSX.Element {
  const { t } = useI18n();
  const { me } = useMe();
  const [isIssuing, setIsIssuing] = createSignal(false);
  const keys = useQuery(() => ({ queryKey: apiKeysQueryKey, queryFn: fetchApiKeys }));

  return (
    <RequirePermission permission="open311:manage">
      <div class="page-head">
        <div>
          <h1 class="page-title">{t('open311.heading')}</h1>
          <p class="lead">{t('open311.intro')}</p>
        </div>
        <Button class="button button--primary" onClick={() => setIsIssuing(true)}>
          {t('open311.keys.issue')}
        </Button>
      </div>
      <div class="stack">
        <Show when={me().scope.county}>{(county) => <Endpoints countyCode={county().code} />}</Show>
        <section class="card" aria-labelledby="open311-keys-heading">
          <h2 id="open311-keys-heading" class="card__title">
            {t('open311.keys.heading')}
          </h2>
          <Switch>
            <Match when={keys.isPending}>
              <Loading />
            </Match>
            <Match when={keys.isError}>
              <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />
            </Match>
            <Match when={keys.data?.length === 0}>
              <EmptyState title={t('open311.keys.emptyTitle')} hint={t('open311.keys.emptyHint')} />
            </Match>
            <Match when={keys.data}>
              {(items) => (
                <div class="table-scroll">
                  <table class="table table--stacked">
                    <caption class="visually-hidden">{t('open311.keys.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('open311.keys.column.name')}</th>
                        <th scope="col">{t('open311.keys.column.hint')}</th>
                        <th scope="col">{t('open311.keys.column.createdBy')}</th>
                        <th scope="col">{t('open311.keys.column.createdAt')}</th>
                        <th scope="col">{t('open311.keys.column.lastUsedAt')}</th>
                        <th scope="col">{t('open311.keys.column.status')}</th>
                        <th scope="col" class="table__cell--end">
                          {t('open311.keys.column.actions')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={items()}>{(apiKey) => <KeyRow apiKey={apiKey} />}</For>
                    </tbody>
                  </table>
                </div>
              )}
            </Match>
          </Switch>
        </section>
      </div>
      <IssueKeyDialog open={isIssuing()} onClose={() => setIsIssuing(false)} />
    </RequirePermission>
  );
}
