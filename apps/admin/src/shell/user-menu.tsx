import { type JSX, Show } from 'solid-js';

/** The signed-in user as the header shows them. */
export interface SignedInUser {
  displayName: string;
}

/** Props of `UserMenu`. */
export interface UserMenuProps {
  user?: SignedInUser;
}

/** The header's slot for the signed-in user; renders nothing when no one is signed in. */
export function UserMenu(props: UserMenuProps): JSX.Element {
  return <Show when={props.user}>{(user) => <span class="user-menu">{user().displayName}</span>}</Show>;
}
