import { type Component, createSignal, type JSX, Match, Switch } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { ErrorState, Loading } from '../components/states';

/**
 * A page loaded as its own chunk when its route is first visited, shown with a loading state meanwhile and
 * an error state (reload to retry) when the chunk cannot be fetched, e.g. after a deployment replaced it.
 *
 * Unlike Solid's `lazy`, it needs no `<Suspense>`. A Suspense boundary around the pages would also catch
 * every TanStack query read before its data arrives and blank the whole page meanwhile; and `lazy` without
 * one inserted a chunk that arrived after a redirect (login -> / -> forced password change) into a
 * detached node, leaving the page empty.
 *
 * @example
 * const UsersPage = lazyPage(() => import('./users/users-page').then((m) => m.UsersPage));
 */
export function lazyPage<P extends object>(load: () => Promise<Component<P>>): Component<P> {
  let loading: Promise<Component<P>> | undefined;
  let loaded: Component<P> | undefined;
  return (props: P): JSX.Element => {
    const [page, setPage] = createSignal<Component<P> | undefined>(loaded);
    const [error, setError] = createSignal<unknown>();
    if (!loaded) {
      loading ??= load().then((component) => {
        loaded = component;
        return component;
      });
      loading.then(
        (component) => setPage(() => component),
        (reason: unknown) => {
          // A failed chunk is not cached, so the next visit tries again.
          loading = undefined;
          setError(reason ?? new Error('chunk failed'));
        },
      );
    }
    return (
      <Switch fallback={<Loading />}>
        <Match when={error()}>
          <ErrorState error={error()} onRetry={() => window.location.reload()} />
        </Match>
        <Match when={page()}>{(component) => <Dynamic component={component()} {...props} />}</Match>
      </Switch>
    );
  };
}
