import { DropdownMenu } from '@kobalte/core/dropdown-menu';
import { useMutation, useQueryClient } from '@tanstack/solid-query';
import type { JSX } from 'solid-js';
import { confirm } from '../components/confirm-dialog';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import {
  type ManagedUser,
  resetUserPassword,
  setUserDisabled,
  type UserWithPassword,
  usersQueryKey,
} from './users-api';

/** Props of `UserActions`. */
export interface UserActionsProps {
  user: ManagedUser;
  /** Opens the edit dialog, which the page hosts. */
  onEdit: (user: ManagedUser) => void;
  /** Hands the new initial password to the page, which shows it once. */
  onPasswordReset: (reset: UserWithPassword) => void;
}

/**
 * A row's actions on a user: edit, reset the password, disable or enable; each asks first when it destroys.
 * The dialogs live on the page, not in the row: a row is rendered afresh when its user changes (a reset
 * changes it), and the one-time password must outlive that.
 */
export function UserActions(props: UserActionsProps): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const name = () => props.user.displayName;
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: usersQueryKey }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
  const fail = (error: unknown) =>
    showToast({
      kind: 'error',
      title: t('users.toast.failed'),
      description: error instanceof Error ? error.message : undefined,
    });

  const toggleDisabled = useMutation(() => ({
    mutationFn: (isDisabled: boolean) => setUserDisabled(props.user.id, isDisabled),
    onSuccess: (user) =>
      showToast({
        kind: 'success',
        title: t(user.isDisabled ? 'users.toast.disabled' : 'users.toast.enabled', {
          name: user.displayName,
        }),
      }),
    onError: fail,
    onSettled: refresh,
  }));
  const resetPassword = useMutation(() => ({
    mutationFn: () => resetUserPassword(props.user.id),
    onSuccess: (reset: UserWithPassword) => props.onPasswordReset(reset),
    onError: fail,
    onSettled: refresh,
  }));

  const askToToggle = async (): Promise<void> => {
    const isDisabling = !props.user.isDisabled;
    const isConfirmed = await confirm(
      isDisabling
        ? {
            title: t('users.confirm.disableTitle', { name: name() }),
            description: t('users.confirm.disableDescription', { name: name() }),
            confirmLabel: t('users.confirm.disableLabel'),
          }
        : {
            title: t('users.confirm.enableTitle', { name: name() }),
            description: t('users.confirm.enableDescription', { name: name() }),
            confirmLabel: t('users.confirm.enableLabel'),
          },
    );
    if (isConfirmed) toggleDisabled.mutate(isDisabling);
  };
  const askToReset = async (): Promise<void> => {
    const isConfirmed = await confirm({
      title: t('users.confirm.resetTitle', { name: name() }),
      description: t('users.confirm.resetDescription', { name: name() }),
      confirmLabel: t('users.confirm.resetLabel'),
    });
    if (isConfirmed) resetPassword.mutate();
  };

  return (
    <DropdownMenu>
      <DropdownMenu.Trigger
        class="button button--small"
        aria-label={t('users.actions.menu', { name: name() })}
        disabled={toggleDisabled.isPending || resetPassword.isPending}
      >
        {t('users.column.actions')}
        <span aria-hidden="true">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content class="menu">
          <DropdownMenu.Item class="menu__item" onSelect={() => props.onEdit(props.user)}>
            {t('users.actions.edit')}
          </DropdownMenu.Item>
          <DropdownMenu.Item class="menu__item" onSelect={() => void askToReset()}>
            {t('users.actions.resetPassword')}
          </DropdownMenu.Item>
          <DropdownMenu.Separator class="menu__separator" />
          <DropdownMenu.Item
            class="menu__item"
            classList={{ 'menu__item--danger': !props.user.isDisabled }}
            onSelect={() => void askToToggle()}
          >
            {props.user.isDisabled ? t('users.actions.enable') : t('users.actions.disable')}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu>
  );
}
