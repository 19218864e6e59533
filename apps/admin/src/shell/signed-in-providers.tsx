import { I18nProvider as KobalteI18nProvider } from '@kobalte/core/i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/solid-query';
import { createSignal, type JSX, Match, Switch } from 'solid-js';
import { ApiError } from '../api/client';
import { setCachedAnswersForgetter } from '../auth/cached-answers';
import { ConfirmDialogHost } from '../components/confirm-dialog';
import { ErrorState, Loading } from '../components/states';
import { ToastRegion } from '../components/toast';
import { useI18n } from '../i18n/i18n';

const maxRetries = 2;

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx answer will not change on retry; network failures and 5xx may.
      retry: (failureCount, error) =>
        failureCount < maxRetries && !(error instanceof ApiError && error.status < 500),
    },
  },
});
setCachedAnswersForgetter(() => queryClient.clear());

/**
 * What the pages behind sign-in share: every feature's messages (waited for), the query cache, the locale
 * for Kobalte's primitives, and the hosts of toasts and confirm dialogs. They live in the signed-in chunk,
 * so the login page loads none of them.
 */
export function SignedInProviders(props: { children: JSX.Element }): JSX.Element {
  const { locale, hasAllMessages, loadAllMessages } = useI18n();
  const [failure, setFailure] = createSignal<unknown>();
  const load = (): void => {
    setFailure(undefined);
    loadAllMessages().catch((error: unknown) => setFailure(() => error ?? new Error('chunk failed')));
  };
  load();
  return (
    <QueryClientProvider client={queryClient}>
      <KobalteI18nProvider locale={locale()}>
        <Switch
          fallback={
            <div class="page-loading">
              <Loading />
            </div>
          }
        >
          <Match when={failure()}>
            <div class="page-loading">
              <ErrorState error={failure()} onRetry={load} />
            </div>
          </Match>
          <Match when={hasAllMessages()}>{props.children}</Match>
        </Switch>
        <ToastRegion />
        <ConfirmDialogHost />
      </KobalteI18nProvider>
    </QueryClientProvider>
  );
}
