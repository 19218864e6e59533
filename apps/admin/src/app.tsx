import { Router, type RouteSectionProps } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { useSessionRedirect } from './auth/use-session-redirect';
import { I18nProvider } from './i18n/i18n';
import { routes } from './routes';

function Root(props: RouteSectionProps): JSX.Element {
  useSessionRedirect();
  return <>{props.children}</>;
}

/**
 * The admin app: the locale and the router. The query cache and the toast and confirm hosts come with the
 * signed-in pages (`SignedInProviders`), so the first page, the login, loads none of them.
 */
export function App(): JSX.Element {
  return (
    <I18nProvider>
      <Router root={Root}>{routes}</Router>
    </I18nProvider>
  );
}
