import { Button } from '@kobalte/core/button';
import type { JSX } from 'solid-js';
import { Dialog } from '../components/dialog';
import { useI18n } from '../i18n/i18n';
import { OneTimePassword } from './one-time-password';
import type { UserWithPassword } from './users-api';

/** Shows the new initial password after a reset, once, until the admin says it is noted. */
export function PasswordResetDialog(props: { reset: UserWithPassword; onClose: () => void }): JSX.Element {
  const { t } = useI18n();
  return (
    <Dialog
      open
      onOpenChange={(isOpen) => isOpen || props.onClose()}
      title={t('users.password.resetTitle', { name: props.reset.user.displayName })}
      footer={
        <Button class="button button--primary" onClick={() => props.onClose()}>
          {t('users.password.done')}
        </Button>
      }
    >
      <OneTimePassword username={props.reset.user.username} password={props.reset.initialPassword} />
    </Dialog>
  );
}
