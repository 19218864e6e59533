import { I18nProvider as KobalteI18nProvider } from '@kobalte/core/i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/solid-query';
import type { JSX } from 'solid-js';
import { ApiError } from '../api/client';
import { setCachedAnswersForgetter } from '../auth/cached-answers';
import { ConfirmDialogHost } from '../components/confirm-dialog';
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
 * What the pages behind sign-in share: the query cache, the locale for Kobalte's primitives, and the hosts
 * of toasts and confirm dialogs. They live in the signed-in chunk, so the login page loads none of them.
 */
export function SignedInProviders(props: { children: JSX.Element }): JSX.Element {
  const { locale } = useI18n();
  return (
    <QueryClientProvider client={queryClient}>
      <KobalteI18nProvider locale={locale()}>
        {props.children}
        <ToastRegion />
        <ConfirmDialogHost />
      </KobalteI18nProvider>
    </QueryClientProvider>
  );
}
