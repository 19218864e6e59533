import { Button } from '@kobalte/core/button';
import { createSignal, type JSX, Show } from 'solid-js';
import { useMe } from '../auth/me-context';
import { RequirePermission } from '../auth/require-permission';
import { DataTable, type DataTableColumn } from '../components/data-table';
import { useI18n } from '../i18n/i18n';
import { EditUserDialog } from './edit-user-dialog';
import { InviteUserDialog } from './invite-user-dialog';
import { PasswordResetDialog } from './password-reset-dialog';
import { UserActions } from './user-actions';
import { UserScope } from './user-scope';
import { fetchUsers, type ManagedUser, type UserWithPassword, usersQueryKey } from './users-api';
import './users.css';

function UserStatus(props: { user: ManagedUser }): JSX.Element {
  const { t } = useI18n();
  return (
    <Show
      when={!props.user.isDisabled}
      fallback={<span class="badge badge--muted">{t('users.status.disabled')}</span>}
    >
      <Show
        when={props.user.mustChangePassword}
        fallback={<span class="badge badge--ok">{t('users.status.active')}</span>}
      >
        <span class="badge badge--warn">{t('users.status.mustChange')}</span>
      </Show>
    </Show>
  );
}

/** The county's users: search, invite, and per user edit, reset password and disable. */
export function UsersPage(): JSX.Element {
  const { t } = useI18n();
  const { me } = useMe();
  const [isInviting, setIsInviting] = createSignal(false);
  const [editing, setEditing] = createSignal<ManagedUser>();
  const [reset, setReset] = createSignal<UserWithPassword>();

  const columns = (): DataTableColumn<ManagedUser>[] => [
    {
      id: 'user',
      header: t('users.column.user'),
      cell: (user) => (
        <span class="user-cell" classList={{ 'is-disabled': user.isDisabled }}>
          <span class="user-cell__name">{user.displayName}</span>
          <span class="user-cell__username mono">{user.username}</span>
        </span>
      ),
    },
    { id: 'mobile', header: t('users.column.mobile'), cell: (user) => user.mobile ?? '—' },
    { id: 'role', header: t('users.column.role'), cell: (user) => t(`auth.role.${user.role}`) },
    { id: 'scope', header: t('users.column.scope'), cell: (user) => <UserScope user={user} /> },
    { id: 'status', header: t('users.column.status'), cell: (user) => <UserStatus user={user} /> },
    {
      id: 'actions',
      header: t('users.column.actions'),
      align: 'end',
      cell: (user) => (
        <Show
          when={user.id !== me().user.id}
          fallback={
            <span class="muted" title={t('users.actions.self')}>
              —
            </span>
          }
        >
          <UserActions user={user} onEdit={setEditing} onPasswordReset={setReset} />
        </Show>
      ),
    },
  ];

  return (
    <RequirePermission permission="users:manage">
      <div class="page-head">
        <div>
          <h1 class="page-title">{t('users.heading')}</h1>
          <p class="lead">{t('users.intro')}</p>
        </div>
        <Button class="button button--primary" onClick={() => setIsInviting(true)}>
          {t('users.invite')}
        </Button>
      </div>
      <DataTable<ManagedUser>
        caption={t('users.caption')}
        queryKey={usersQueryKey}
        fetchPage={fetchUsers}
        columns={columns()}
        rowKey={(user) => user.id}
        searchLabel={t('users.search')}
        isStackedOnNarrow
        searchPlaceholder={t('users.searchPlaceholder')}
        emptyTitle={t('users.emptyTitle')}
        emptyHint={t('users.emptyHint')}
      />
      <InviteUserDialog open={isInviting()} onClose={() => setIsInviting(false)} />
      <Show when={editing()}>
        {(user) => <EditUserDialog user={user()} onClose={() => setEditing(undefined)} />}
      </Show>
      <Show when={reset()}>
        {(done) => <PasswordResetDialog reset={done()} onClose={() => setReset(undefined)} />}
      </Show>
    </RequirePermission>
  );
}
