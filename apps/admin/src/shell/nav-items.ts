import type { MessageKey } from '../i18n/catalogs';

/** One entry of the side navigation. */
export interface NavItem {
  href: string;
  /** The catalog key of the entry's label. */
  label: MessageKey;
  /** Active only on this exact path (for `/`), not on the paths below it. */
  isExact?: boolean;
}

/** The side navigation, in order; a new area adds its entry here. */
export const navItems: NavItem[] = [
  { href: '/', label: 'nav.home', isExact: true },
  { href: '/villages', label: 'nav.villages' },
];
