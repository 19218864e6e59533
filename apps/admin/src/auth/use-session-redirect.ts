import { useLocation, useNavigate } from '@solidjs/router';
import { onCleanup } from 'solid-js';
import { onUnauthorized } from '../api/client';
import { forgetCachedAnswers } from './cached-answers';
import { loginHref } from './safe-next';

/**
 * When the API answers 401 while the user works (the session ended or expired), forgets every cached answer
 * and goes to the login page, which returns here afterwards. A failed login is not an ended session. Call it
 * inside the router.
 */
export function useSessionRedirect(): void {
  const navigate = useNavigate();
  const location = useLocation();
  onUnauthorized((path) => {
    if (path.startsWith('/api/auth/login') || location.pathname === '/login') return;
    forgetCachedAnswers();
    navigate(loginHref(`${location.pathname}${location.search}`), { replace: true });
  });
  onCleanup(() => onUnauthorized(undefined));
}
