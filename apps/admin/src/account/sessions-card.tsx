import { Button } from '@kobalte/core/button';
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query';
import { For, type JSX, Match, Show, Switch } from 'solid-js';
import { endOtherSessions, fetchSessions, type SessionSummary } from '../auth/auth-api';
import { confirm } from '../components/confirm-dialog';
import { ErrorState, Loading } from '../components/states';
import { showToast } from '../components/toast';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { describeUserAgent } from './describe-user-agent';

const sessionsQueryKey = ['auth', 'sessions'] as const;
const sessionsShown = 10;

function SessionItem(props: { session: SessionSummary }): JSX.Element {
  const { t, locale } = useI18n();
  const device = () => {
    const { browser, os } = describeUserAgent(props.session.userAgent);
    return [browser, os].filter(Boolean).join(' · ') || t('account.sessions.unknownDevice');
  };
  return (
    <li class="session" classList={{ 'session--current': props.session.isCurrent }}>
      <div class="session__device">
        <span>{device()}</span>
        <Show when={props.session.isCurrent}>
          <span class="badge badge--ok">{t('account.sessions.current')}</span>
        </Show>
      </div>
      <dl class="session__facts">
        <div>
          <dt>{t('account.sessions.ipAddress')}</dt>
          <dd class="mono">{props.session.ipAddress ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('account.sessions.signedInAt')}</dt>
          <dd>{formatDateTime(props.session.createdAt, locale())}</dd>
        </div>
        <div>
          <dt>{t('account.sessions.expiresAt')}</dt>
          <dd>{formatDateTime(props.session.expiresAt, locale())}</dd>
        </div>
      </dl>
    </li>
  );
}

/** "My sessions": where the signed-in user is signed in, with "sign out elsewhere" after a confirmation. */
export function SessionsCard(): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const sessions = useQuery(() => ({ queryKey: sessionsQueryKey, queryFn: fetchSessions }));
  const others = () => (sessions.data ?? []).filter((session) => !session.isCurrent).length;

  const signOutOthers = useMutation(() => ({
    mutationFn: endOtherSessions,
    onSuccess: () => showToast({ kind: 'success', title: t('account.sessions.signedOut') }),
    onError: (error: unknown) =>
      showToast({
        kind: 'error',
        title: t('account.sessions.failed'),
        description: error instanceof Error ? error.message : undefined,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  }));

  const askToSignOutOthers = async (): Promise<void> => {
    const isConfirmed = await confirm({
      title: t('account.sessions.confirmTitle'),
      description: t('account.sessions.confirmDescription', { count: others() }),
      confirmLabel: t('account.sessions.confirmLabel'),
    });
    if (isConfirmed) signOutOthers.mutate();
  };

  return (
    <section class="card" aria-labelledby="sessions-heading">
      <div class="card__head">
        <h2 id="sessions-heading" class="card__title">
          {t('account.sessions.heading')}
        </h2>
        <Button
          class="button"
          disabled={others() === 0 || signOutOthers.isPending}
          onClick={() => void askToSignOutOthers()}
        >
          {t('account.sessions.signOutOthers')}
        </Button>
      </div>
      <p class="card__hint">{t('account.sessions.hint')}</p>
      <Switch>
        <Match when={sessions.isPending}>
          <Loading label={t('account.sessions.loading')} />
        </Match>
        <Match when={sessions.isError}>
          <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
        </Match>
        <Match when={sessions.data}>
          {(list) => (
            <>
              <ul class="sessions">
                <For each={list().slice(0, sessionsShown)}>
                  {(session) => <SessionItem session={session} />}
                </For>
              </ul>
              <Show when={list().length > sessionsShown}>
                <p class="muted">{t('account.sessions.more', { count: list().length - sessionsShown })}</p>
              </Show>
              <Show when={others() === 0}>
                <p class="muted">{t('account.sessions.onlyThis')}</p>
              </Show>
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
