import { useMutation, useQueryClient } from '@tanstack/solid-query';
import { type JSX, Show } from 'solid-js';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import { type AssignableRole, assignableRoles, toUserInput, type UserFormState } from './user-form';
import { UserFormDialog } from './user-form-dialog';
import { useTownshipName, useVillageName } from './user-scope';
import { type ManagedUser, updateUser, usersQueryKey } from './users-api';

function isAssignable(role: string): role is AssignableRole {
  return (assignableRoles as readonly string[]).includes(role);
}

/** Editing a user's name, mobile number, role and scope (role and scope are sent together). */
export function EditUserDialog(props: { user: ManagedUser; onClose: () => void }): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const townshipName = useTownshipName(() => props.user.townshipId);
  const villageName = useVillageName(() => props.user.villageId);

  const save = useMutation(() => ({
    mutationFn: (form: UserFormState) => {
      const { displayName, mobile, role, townshipId, villageId } = toUserInput(form);
      return updateUser(props.user.id, { displayName, mobile, role, townshipId, villageId });
    },
    onSuccess: async (user) => {
      showToast({ kind: 'success', title: t('users.editDialog.saved', { name: user.displayName }) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: usersQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
      props.onClose();
    },
  }));

  const initial = (): UserFormState => {
    const { user } = props;
    return {
      username: user.username,
      displayName: user.displayName,
      mobile: user.mobile ?? '',
      role: isAssignable(user.role) ? user.role : 'viewer',
      viewerLevel: user.villageId ? 'village' : user.townshipId ? 'township' : 'county',
      township: user.townshipId
        ? { value: user.townshipId, label: user.townshipName ?? townshipName() ?? '' }
        : undefined,
      village: user.villageId
        ? { value: user.villageId, label: user.villageName ?? villageName() ?? '' }
        : undefined,
    };
  };
  // The form starts once the scope's names are known, so the pickers show them.
  const isReady = () =>
    (!props.user.townshipId || initial().township?.label !== '') &&
    (!props.user.villageId || initial().village?.label !== '');

  return (
    <Show when={isReady()}>
      <UserFormDialog
        open
        onClose={props.onClose}
        title={t('users.editDialog.title', { name: props.user.displayName })}
        submitLabel={t('users.editDialog.submit')}
        submittingLabel={t('users.editDialog.submitting')}
        initial={initial()}
        isNew={false}
        isPending={save.isPending}
        error={save.error}
        onSubmit={(form) => save.mutate(form)}
      />
    </Show>
  );
}
