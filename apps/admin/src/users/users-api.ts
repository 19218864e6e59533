import { api } from '../api/client';
import type { UserRole } from '../auth/me';
import { type ListPage, type ListQuery, toListSearch } from '../components/data-table';

/** A user of the county as its admins see it (never a password hash). */
export interface ManagedUser {
  id: string;
  username: string;
  displayName: string;
  mobile: string | null;
  role: UserRole;
  townshipId: string | null;
  villageId: string | null;
  /** Names of the scope, when the API includes them. */
  townshipName?: string | null;
  villageName?: string | null;
  mustChangePassword: boolean;
  isDisabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Who to invite, with which role and where. */
export interface InviteInput {
  username: string;
  displayName: string;
  mobile: string | null;
  role: UserRole;
  townshipId: string | null;
  villageId: string | null;
}

/** Changes to a user: role and scope always together (a missing township or village means none). */
export interface UserChanges {
  displayName?: string;
  mobile?: string | null;
  role?: UserRole;
  townshipId?: string | null;
  villageId?: string | null;
}

/** A user with a new initial password, shown once and never again. */
export interface UserWithPassword {
  user: ManagedUser;
  initialPassword: string;
}

/** The root of every user query's cache key. */
export const usersQueryKey = ['users'] as const;

/** One page of the county's users, searched by login name, name or mobile number. */
export function fetchUsers(query: ListQuery): Promise<ListPage<ManagedUser>> {
  return api<ListPage<ManagedUser>>(`/api/users${toListSearch(query)}`);
}

/** Invites a user; answers the user and the initial password. */
export function inviteUser(input: InviteInput): Promise<UserWithPassword> {
  return api<UserWithPassword>('/api/users', { method: 'POST', body: input });
}

/** Changes a user's name, mobile number, role or scope. */
export function updateUser(id: string, changes: UserChanges): Promise<ManagedUser> {
  return api<ManagedUser>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes });
}

/** Disables a user (ending every session of theirs at once) or enables them again. */
export function setUserDisabled(id: string, isDisabled: boolean): Promise<ManagedUser> {
  return api<ManagedUser>(`/api/users/${encodeURIComponent(id)}/${isDisabled ? 'disable' : 'enable'}`, {
    method: 'POST',
  });
}

/** Resets a user's password; answers the new initial password, to be shown once. */
export function resetUserPassword(id: string): Promise<UserWithPassword> {
  return api<UserWithPassword>(`/api/users/${encodeURIComponent(id)}/reset-password`, { method: 'POST' });
}
