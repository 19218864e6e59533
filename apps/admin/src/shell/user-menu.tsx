import { DropdownMenu } from '@kobalte/core/dropdown-menu';
import { useNavigate } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { useMe } from '../auth/me-context';
import { useSignOut } from '../auth/use-sign-out';
import { useI18n } from '../i18n/i18n';
import './user-menu.css';

/**
 * The header's menu of the signed-in user: display name and role (and where they work), with links to
 * "my account" and signing out. Must be used under `SignedIn`.
 */
export function UserMenu(): JSX.Element {
  const { t } = useI18n();
  const { me } = useMe();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const place = () => me().scope.village?.name ?? me().scope.township?.name ?? me().scope.county?.name;

  return (
    <DropdownMenu>
      <DropdownMenu.Trigger
        class="button button--quiet user-menu__trigger"
        aria-label={t('auth.userMenu.label', { name: me().user.displayName })}
      >
        <span class="user-menu__avatar" aria-hidden="true">
          {[...me().user.displayName][0]}
        </span>
        <span class="user-menu__name">{me().user.displayName}</span>
        <span class="user-menu__role">{t(`auth.role.${me().user.role}`)}</span>
        <span class="user-menu__caret" aria-hidden="true">
          ▾
        </span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content class="menu">
          <div class="menu__header">
            <p class="menu__title">{me().user.displayName}</p>
            <p class="menu__subtitle">
              {t(`auth.role.${me().user.role}`)}
              <Show when={place()}> · {place()}</Show>
            </p>
            <p class="menu__subtitle mono">{me().user.username}</p>
          </div>
          <DropdownMenu.Separator class="menu__separator" />
          <DropdownMenu.Item class="menu__item" onSelect={() => navigate('/account')}>
            {t('auth.userMenu.myAccount')}
          </DropdownMenu.Item>
          <DropdownMenu.Item class="menu__item" onSelect={() => void signOut()}>
            {t('auth.userMenu.logout')}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu>
  );
}
