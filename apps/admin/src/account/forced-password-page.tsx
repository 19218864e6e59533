import { Button } from '@kobalte/core/button';
import type { JSX } from 'solid-js';
import { SignedIn } from '../auth/signed-in';
import { useSignOut } from '../auth/use-sign-out';
import { useI18n } from '../i18n/i18n';
import { BareFrame } from '../shell/bare-frame';
import { ChangePasswordForm } from './change-password-form';
import './account.css';

function SignOutButton(): JSX.Element {
  const { t } = useI18n();
  const signOut = useSignOut();
  return (
    <Button class="button button--quiet" onClick={() => void signOut()}>
      {t('account.forced.signOut')}
    </Button>
  );
}

/**
 * The forced password change after an invitation or a reset: the only page such a user may open. Once the
 * password is changed, `SignedIn` lets the user through to where they were going.
 */
export function ForcedPasswordPage(): JSX.Element {
  const { t } = useI18n();
  return (
    <SignedIn isPasswordChange>
      {(me) => (
        <BareFrame headerEnd={<SignOutButton />}>
          <div class="bare-card">
            <h1 class="bare-card__title">{t('account.forced.title')}</h1>
            <p class="bare-card__intro">{me.user.displayName}</p>
            <div class="alert alert--warn" role="note">
              {t('account.forced.intro')}
            </div>
            <ChangePasswordForm currentLabel={t('account.forced.current')} />
          </div>
        </BareFrame>
      )}
    </SignedIn>
  );
}
