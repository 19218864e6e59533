import { Button } from '@kobalte/core/button';
import { useMutation, useQueryClient } from '@tanstack/solid-query';
import { type JSX, Match, Switch } from 'solid-js';
import { Dialog } from '../components/dialog';
import { useI18n } from '../i18n/i18n';
import { OneTimePassword } from './one-time-password';
import { emptyUserForm, toUserInput, type UserFormState } from './user-form';
import { UserFormDialog } from './user-form-dialog';
import { inviteUser, usersQueryKey } from './users-api';

/**
 * Inviting a user: the form, then the initial password shown once with a copy button and a warning. The
 * user must change it at first sign-in.
 */
export function InviteUserDialog(props: { open: boolean; onClose: () => void }): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const invite = useMutation(() => ({
    mutationFn: (form: UserFormState) => inviteUser(toUserInput(form)),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: usersQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  }));
  const close = (): void => {
    invite.reset();
    props.onClose();
  };

  return (
    <Switch>
      <Match when={invite.data}>
        {(invited) => (
          <Dialog
            open={props.open}
            onOpenChange={(isOpen) => isOpen || close()}
            title={t('users.password.invitedTitle', { name: invited().user.displayName })}
            footer={
              <Button class="button button--primary" onClick={close}>
                {t('users.password.done')}
              </Button>
            }
          >
            <OneTimePassword username={invited().user.username} password={invited().initialPassword} />
          </Dialog>
        )}
      </Match>
      <Match when={props.open}>
        <UserFormDialog
          open
          onClose={close}
          title={t('users.inviteDialog.title')}
          submitLabel={t('users.inviteDialog.submit')}
          submittingLabel={t('users.inviteDialog.submitting')}
          initial={emptyUserForm()}
          isNew
          isPending={invite.isPending}
          error={invite.error}
          onSubmit={(form) => invite.mutate(form)}
        />
      </Match>
    </Switch>
  );
}
