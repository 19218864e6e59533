import { useNavigate } from '@solidjs/router';
import { onCleanup } from 'solid-js';
import { onUnauthorized } from './client';

/**
 * Sends the user to `/login` when the API answers 401, but only once the app has a `/login` route;
 * until then a 401 shows as the request's error. Call it inside the router.
 */
export function useUnauthorizedRedirect(routePaths: readonly string[]): void {
  if (!routePaths.includes('/login')) return;
  const navigate = useNavigate();
  onUnauthorized(() => navigate('/login'));
  onCleanup(() => onUnauthorized(undefined));
}
