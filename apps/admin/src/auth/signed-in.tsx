import { Navigate, useLocation, useSearchParams } from '@solidjs/router';
import { useQuery } from '@tanstack/solid-query';
import { type JSX, Match, Switch } from 'solid-js';
import { ApiError } from '../api/client';
import { ErrorState, Loading } from '../components/states';
import { SignedInProviders } from '../shell/signed-in-providers';
import { fetchMe, type Me, meQueryKey } from './me';
import { MeProvider } from './me-context';
import { loginHref, safeNext } from './safe-next';

/** Props of `SignedIn`. */
export interface SignedInProps {
  /** True on the forced password change page, the only page a user who must change the password may see. */
  isPasswordChange?: boolean;
  children: (me: Me) => JSX.Element;
}

/**
 * The auth guard: renders its children only for a signed-in user (`GET /api/auth/me`), sends everyone else
 * to `/login?next=…`, and keeps a user who must change the password on `/account/password` until they have.
 * It brings the providers of the signed-in pages with it (`SignedInProviders`).
 */
export function SignedIn(props: SignedInProps): JSX.Element {
  return (
    <SignedInProviders>
      <Guard {...props} />
    </SignedInProviders>
  );
}

function Guard(props: SignedInProps): JSX.Element {
  const location = useLocation();
  const [params] = useSearchParams();
  const me = useQuery(() => ({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 }));
  const isSignedOut = () => me.error instanceof ApiError && me.error.status === 401;
  const here = () => `${location.pathname}${location.search}`;

  return (
    <Switch>
      <Match when={me.isPending}>
        <div class="page-loading">
          <Loading />
        </div>
      </Match>
      <Match when={isSignedOut()}>
        <Navigate href={loginHref(here())} />
      </Match>
      <Match when={me.isError}>
        <div class="page-loading">
          <ErrorState error={me.error} onRetry={() => void me.refetch()} />
        </div>
      </Match>
      <Match when={me.data?.mustChangePassword && !props.isPasswordChange}>
        <Navigate href={`/account/password?next=${encodeURIComponent(safeNext(here()))}`} />
      </Match>
      <Match when={me.data && !me.data.mustChangePassword && props.isPasswordChange}>
        <Navigate href={safeNext(params.next)} />
      </Match>
      <Match when={me.data}>{(data) => <MeProvider me={data()}>{props.children(data())}</MeProvider>}</Match>
    </Switch>
  );
}
