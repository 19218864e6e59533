import type { UserRole } from '../auth/me';
import type { ComboboxOption } from '../components/combobox-field';
import type { InviteInput } from './users-api';

/** The roles a county admin gives (the platform operator is no county's). */
export const assignableRoles = [
  'county-admin',
  'township-admin',
  'village-admin',
  'station-staff',
  'viewer',
] as const satisfies readonly UserRole[];

/** A role a county admin gives. */
export type AssignableRole = (typeof assignableRoles)[number];

/** How far a role reaches: the whole county, one township or one village. */
export type ScopeLevel = 'county' | 'township' | 'village';

/** The state of the invite and edit forms. */
export interface UserFormState {
  username: string;
  displayName: string;
  mobile: string;
  role: AssignableRole;
  /** Only a viewer chooses; every other role has a fixed level. */
  viewerLevel: ScopeLevel;
  township: ComboboxOption | undefined;
  village: ComboboxOption | undefined;
}

/** Why a field of the user form is refused before it is sent; each a catalog key's last part. */
export type UserFormProblems = Partial<
  Record<
    'username' | 'displayName' | 'mobile' | 'townshipId' | 'villageId',
    'required' | 'usernameInvalid' | 'mobileInvalid' | 'townshipRequired' | 'villageRequired'
  >
>;

// The server's rules (packages/auth login-name.ts), checked here first so mistakes show at the field at once.
const usernamePattern = /^[a-z][a-z0-9._-]{2,31}$/;
const mobilePattern = /^1[3-9]\d{9}$/;

/** The form of a new invitation. */
export function emptyUserForm(): UserFormState {
  return {
    username: '',
    displayName: '',
    mobile: '',
    role: 'village-admin',
    viewerLevel: 'county',
    township: undefined,
    village: undefined,
  };
}

/** The level of the scope the role (and, for a viewer, the choice) asks for. */
export function scopeLevelOf(form: Pick<UserFormState, 'role' | 'viewerLevel'>): ScopeLevel {
  switch (form.role) {
    case 'county-admin':
      return 'county';
    case 'township-admin':
      return 'township';
    case 'village-admin':
    case 'station-staff':
      return 'village';
    case 'viewer':
      return form.viewerLevel;
  }
}

/** Checks the form; `isNew` also checks the login name (which an edit cannot change). */
export function checkUserForm(form: UserFormState, isNew: boolean): UserFormProblems {
  const problems: UserFormProblems = {};
  const username = form.username.trim().toLowerCase();
  if (isNew && username === '') problems.username = 'required';
  else if (isNew && !usernamePattern.test(username)) problems.username = 'usernameInvalid';
  if (form.displayName.trim() === '') problems.displayName = 'required';
  const mobile = form.mobile.trim();
  if (mobile !== '' && !mobilePattern.test(mobile)) problems.mobile = 'mobileInvalid';
  const level = scopeLevelOf(form);
  if (level === 'township' && !form.township) problems.townshipId = 'townshipRequired';
  if (level === 'village' && !form.village) problems.villageId = 'villageRequired';
  return problems;
}

/** The request body of the form: trimmed, the login name lowercased, the scope as the role needs it. */
export function toUserInput(form: UserFormState): InviteInput {
  const level = scopeLevelOf(form);
  return {
    username: form.username.trim().toLowerCase(),
    displayName: form.displayName.trim(),
    mobile: form.mobile.trim() || null,
    role: form.role,
    townshipId: level === 'township' ? (form.township?.value ?? null) : null,
    villageId: level === 'village' ? (form.village?.value ?? null) : null,
  };
}
