import { Button } from '@kobalte/core/button';
import { DropdownMenu } from '@kobalte/core/dropdown-menu';
import { useMutation, useQueryClient } from '@tanstack/solid-query';
import { createSignal, type JSX, Show } from 'solid-js';
import { confirm } from '../components/confirm-dialog';
import { Dialog } from '../components/dialog';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import { EditUserDialog } from './edit-user-dialog';
import { OneTimePassword } from './one-time-password';
import {
  type ManagedUser,
  resetUserPassword,
  setUserDisabled,
  type UserWithPassword,
  usersQueryKey,
} from './users-api';

/** A row's actions on a user: edit, reset the password (shown once), disable or enable; each asks first when it destroys. */
export function UserActions(props: { user: ManagedUser }): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [isEditing, setIsEditing] = createSignal(false);
  const [reset, setReset] = createSignal<UserWithPassword>();
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
    onSuccess: setReset,
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
    <>
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
            <DropdownMenu.Item class="menu__item" onSelect={() => setIsEditing(true)}>
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
      <Show when={isEditing()}>
        <EditUserDialog user={props.user} onClose={() => setIsEditing(false)} />
      </Show>
      <Show when={reset()}>
        {(done) => (
          <Dialog
            open
            onOpenChange={(isOpen) => isOpen || setReset(undefined)}
            title={t('users.password.resetTitle', { name: done().user.displayName })}
            footer={
              <Button class="button button--primary" onClick={() => setReset(undefined)}>
                {t('users.password.done')}
              </Button>
            }
          >
            <OneTimePassword username={done().user.username} password={done().initialPassword} />
          </Dialog>
        )}
      </Show>
    </>
  );
}
