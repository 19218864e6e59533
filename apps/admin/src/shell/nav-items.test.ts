import { describe, expect, it } from 'vitest';
import { visibleNavItems } from './nav-items';

describe('visibleNavItems', () => {
  it('shows a county admin every area', () => {
    const hrefs = visibleNavItems(['villages:read', 'users:manage', 'audit:read']).map((item) => item.href);
    expect(hrefs).toEqual(['/', '/villages', '/users', '/audit']);
  });

  it('shows village staff the villages only, and the platform operator neither', () => {
    expect(visibleNavItems(['villages:read']).map((item) => item.href)).toEqual(['/', '/villages']);
    expect(visibleNavItems(['tenants:read']).map((item) => item.href)).toEqual(['/']);
  });
});
