import { api } from '../api/client';

/** Login input: a login name or mainland mobile number, and the password. */
export interface LoginInput {
  username: string;
  password: string;
}

/** Signs in; the server sets the session cookie. Rejects with 401 on wrong credentials, 429 while throttled. */
export function login(input: LoginInput): Promise<unknown> {
  return api('/api/auth/login', { method: 'POST', body: input });
}

/** Ends this session; the server clears the cookie. */
export function logout(): Promise<unknown> {
  return api('/api/auth/logout', { method: 'POST' });
}

/** A password change by the signed-in user. */
export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/**
 * Changes the signed-in user's password. The server ends every session and starts a new one for this
 * browser. Rejects with 400 naming `currentPassword` or `newPassword`.
 */
export function changePassword(input: ChangePasswordInput): Promise<unknown> {
  return api('/api/auth/password', { method: 'POST', body: input });
}

/** One of the signed-in user's live sessions. */
export interface SessionSummary {
  isCurrent: boolean;
  createdAt: string;
  expiresAt: string;
  absoluteExpiresAt: string;
  userAgent: string | null;
  ipAddress: string | null;
}

/** The signed-in user's live sessions, newest first. */
export async function fetchSessions(): Promise<SessionSummary[]> {
  const body = await api<{ items: SessionSummary[] } | SessionSummary[]>('/api/auth/sessions');
  return Array.isArray(body) ? body : body.items;
}

/** Ends every session of the signed-in user but this one ("sign out elsewhere"). */
export function endOtherSessions(): Promise<unknown> {
  return api('/api/auth/sessions/others', { method: 'DELETE' });
}
