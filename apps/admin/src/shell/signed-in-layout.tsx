import type { RouteSectionProps } from '@solidjs/router';
import { type JSX, Suspense } from 'solid-js';
import { SignedIn } from '../auth/signed-in';
import { Loading } from '../components/states';
import { AppShell } from './app-shell';

/** The layout route of every page behind sign-in: the auth guard around the app shell. */
export function SignedInLayout(props: RouteSectionProps): JSX.Element {
  return (
    <SignedIn>
      {() => (
        <AppShell>
          {/* The shell stays while a page's chunk loads. */}
          <Suspense fallback={<Loading />}>{props.children}</Suspense>
        </AppShell>
      )}
    </SignedIn>
  );
}
