import type { UserRole } from '@cunshe/db/schema';

/**
 * The core's permissions. Plugins add their own as `<plugin-id>:<action>`; a county admin grants those to
 * roles (table `role_permissions`). Core permissions are fixed per role and cannot be granted.
 */
export const corePermissions = [
  'villages:read',
  'villages:update',
  'villages:import',
  'plugins:manage',
  'users:manage',
  'audit:read',
  'tenants:read',
  'tenants:onboard',
  'party:read',
  'party:manage',
  'party:reveal-id',
  'service-requests:read',
  'service-requests:handle',
  'service-requests:reveal-id',
  'ledgers:export',
  'evaluation:read',
  'evaluation:manage',
  'evaluation:score',
  'evaluation:review',
  'evaluation:approve',
  'dashboard:read',
  'funding:read',
  'funding:manage',
  'open311:manage',
] as const;

/** One of the {@link corePermissions}. */
export type CorePermission = (typeof corePermissions)[number];

/** A permission name: a core one, or a plugin's `<plugin-id>:<action>`. */
export type Permission = CorePermission | `${string}:${string}`;

/** The first segment of every core permission; no plugin may use one as its id. */
export const coreNamespaces: ReadonlySet<string> = new Set(corePermissions.map((p) => p.split(':')[0] ?? ''));

const PERMISSION = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*:[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Whether `name` is well formed (`<namespace>:<action>`, lowercase kebab-case on both sides). */
export function isPermissionName(name: string): boolean {
  return PERMISSION.test(name);
}

/** Whether `name` is a core permission. */
export function isCorePermission(name: string): name is CorePermission {
  return (corePermissions as readonly string[]).includes(name);
}

/** Whether `name` is a well-formed plugin permission (`<plugin-id>:<action>` outside the core namespaces). */
export function isPluginPermission(name: string): boolean {
  return isPermissionName(name) && !coreNamespaces.has(name.split(':')[0] ?? '');
}

/**
 * Whether a permission only reads. A viewer holds nothing else: by convention an action that reads is
 * `read` or starts with `read-` (`villages:read`, `party-members:read-contact`).
 */
export function isReadPermission(name: string): boolean {
  const action = name.split(':')[1] ?? '';
  return action === 'read' || action.startsWith('read-');
}

/** The core permissions each role holds. Geography narrows them further (see `can`). */
export const rolePermissions: Readonly<Record<UserRole, readonly CorePermission[]>> = {
  'platform-operator': ['tenants:read', 'tenants:onboard'],
  'county-admin': [
    'villages:read',
    'villages:update',
    'villages:import',
    'plugins:manage',
    'users:manage',
    'audit:read',
    'party:read',
    'party:manage',
    'party:reveal-id',
    'service-requests:read',
    'service-requests:handle',
    'service-requests:reveal-id',
    'ledgers:export',
    // The county runs the five-goods evaluation and may act for a village or township at any step.
    'evaluation:read',
    'evaluation:manage',
    'evaluation:score',
    'evaluation:review',
    'evaluation:approve',
    'dashboard:read',
    'funding:read',
    'funding:manage',
    // Keys of the county's Open311 door file requests into every village, so only the county issues them.
    'open311:manage',
  ],
  // Service requests are handled where the villager comes, at the village's stations (submitting a form on
  // the villager's behalf is handling too); a township oversees them and exports its ledgers.
  // Revealing a resident ID number (party:reveal-id) is for those who keep the members: the county's
  // organization department and the village; a township oversees with masked numbers.
  'township-admin': [
    'villages:read',
    'villages:update',
    'party:read',
    'party:manage',
    'service-requests:read',
    'ledgers:export',
    'evaluation:read',
    'evaluation:review',
    'dashboard:read',
    'funding:read',
  ],
  'village-admin': [
    'villages:read',
    'villages:update',
    'party:read',
    'party:manage',
    'party:reveal-id',
    'service-requests:read',
    'service-requests:handle',
    'service-requests:reveal-id',
    'ledgers:export',
    'evaluation:read',
    'evaluation:score',
    'dashboard:read',
    'funding:read',
  ],
  'station-staff': [
    'villages:read',
    'party:read',
    'service-requests:read',
    'service-requests:handle',
    'service-requests:reveal-id',
    'ledgers:export',
  ],
  viewer: [
    'villages:read',
    'party:read',
    'service-requests:read',
    'evaluation:read',
    'dashboard:read',
    'funding:read',
  ],
};

/** Roles a county admin may grant plugin permissions to (a county admin holds them all already). */
export const grantableRoles = ['township-admin', 'village-admin', 'station-staff', 'viewer'] as const;

/** One of the {@link grantableRoles}. */
export type GrantableRole = (typeof grantableRoles)[number];
