import { Router, type RouteSectionProps } from '@solidjs/router';
import { QueryClient, QueryClientProvider } from '@tanstack/solid-query';
import type { JSX } from 'solid-js';
import { ApiError } from './api/client';
import { useSessionRedirect } from './auth/use-session-redirect';
import { ConfirmDialogHost } from './components/confirm-dialog';
import { ToastRegion } from './components/toast';
import { I18nProvider } from './i18n/i18n';
import { routes } from './routes';

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

function Root(props: RouteSectionProps): JSX.Element {
  useSessionRedirect();
  return <>{props.children}</>;
}

/** The admin app: providers, the router and the hosts of toasts and confirm dialogs. */
export function App(): JSX.Element {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Router root={Root}>{routes}</Router>
        <ToastRegion />
        <ConfirmDialogHost />
      </I18nProvider>
    </QueryClientProvider>
  );
}
