import type { RouteSectionProps } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { SignedIn } from '../auth/signed-in';
import { AppShell } from './app-shell';

/** The layout route of every page behind sign-in: the auth guard around the app shell. */
export function SignedInLayout(props: RouteSectionProps): JSX.Element {
  return <SignedIn>{() => <AppShell>{props.children}</AppShell>}</SignedIn>;
}
