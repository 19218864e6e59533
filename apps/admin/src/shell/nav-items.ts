import type { MessageKey } from '../i18n/catalogs';

/** One entry of the side navigation. */
export interface NavItem {
  href: string;
  /** The catalog key of the entry's label. */
  label: MessageKey;
  /** Active only on this exact path (for `/`), not on the paths below it. */
  isExact?: boolean;
  /** Shown only to users holding this permission (see `me.permissions`); always shown without one. */
  permission?: string;
}

/** The side navigation, in order; a new area adds its entry here. */
export const navItems: NavItem[] = [
  { href: '/', label: 'nav.home', isExact: true },
  { href: '/dashboard', label: 'dashboard.nav', permission: 'dashboard:read' },
  { href: '/villages', label: 'nav.villages', permission: 'villages:read' },
  { href: '/service-requests', label: 'serviceRequests.nav', permission: 'service-requests:read' },
  { href: '/tenants', label: 'nav.tenants', permission: 'tenants:onboard' },
  { href: '/party', label: 'party.nav', permission: 'party:read' },
  { href: '/evaluation', label: 'evaluation.nav', permission: 'evaluation:read' },
  { href: '/users', label: 'nav.users', permission: 'users:manage' },
  { href: '/open311', label: 'open311.nav', permission: 'open311:manage' },
  { href: '/audit', label: 'nav.audit', permission: 'audit:read' },
];

/** The entries a user holding `permissions` may see. */
export function visibleNavItems(permissions: readonly string[]): NavItem[] {
  return navItems.filter((item) => item.permission === undefined || permissions.includes(item.permission));
}
