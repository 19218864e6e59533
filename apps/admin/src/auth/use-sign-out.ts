import { useNavigate } from '@solidjs/router';
import { useQueryClient } from '@tanstack/solid-query';
import { ApiError } from '../api/client';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import { logout } from './auth-api';

/** Signing out: ends the session on the server, forgets every cached answer and goes to the login page. */
export function useSignOut(): () => Promise<void> {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return async () => {
    try {
      await logout();
    } catch (error) {
      // A session that already ended (401) is as good as signed out; anything else is worth saying.
      if (!(error instanceof ApiError && error.status === 401)) {
        showToast({
          kind: 'error',
          title: t('auth.userMenu.logoutFailed'),
          description: error instanceof Error ? error.message : undefined,
        });
        return;
      }
    }
    queryClient.clear();
    navigate('/login', { replace: true });
  };
}
