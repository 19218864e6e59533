/**
 * The in-app path to return to after signing in, from a `?next=` value. Only a path of this site is
 * accepted (`/villages?q=tj`); anything else, such as `//evil.example` or `https://…`, gives `/`, so the
 * login page cannot be used to send a user elsewhere (an open redirect).
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
    return '/';
  }
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/account/password')) return '/';
  return next;
}

/** The login page's address that returns to `path` afterwards. */
export function loginHref(path: string): string {
  const next = safeNext(path);
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
