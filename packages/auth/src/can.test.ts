import { describe, expect, it } from 'vitest';
import type { AuthUser } from './auth-user';
import { can } from './can';
import { corePermissions, isReadPermission } from './permissions';
import { villageScopeOf } from './village-scope';

const county = '11111111-1111-4111-8111-111111111111';
const otherCounty = '22222222-2222-4222-8222-222222222222';
const township1 = 'aaaaaaaa-0000-4000-8000-000000000001';
const township2 = 'aaaaaaaa-0000-4000-8000-000000000002';
const village11 = 'bbbbbbbb-0000-4000-8000-000000000011';
const village21 = 'bbbbbbbb-0000-4000-8000-000000000021';

function user(overrides: Partial<AuthUser>): AuthUser {
  return {
    id: 'cccccccc-0000-4000-8000-000000000000',
    tenantId: county,
    username: 'u',
    displayName: 'U',
    mobile: null,
    role: 'county-admin',
    townshipId: null,
    villageId: null,
    mustChangePassword: false,
    grantedPermissions: [],
    ...overrides,
  };
}

const countyAdmin = user({ role: 'county-admin' });
const townshipAdmin = user({ role: 'township-admin', townshipId: township1 });
const villageAdmin = user({ role: 'village-admin', townshipId: township1, villageId: village11 });
const viewer = user({ role: 'viewer', grantedPermissions: ['party-members:read', 'party-members:update'] });
const operator = user({ role: 'platform-operator', tenantId: null });

const villageOf1 = { tenantId: county, townshipId: township1, villageId: village11 };
const villageOf2 = { tenantId: county, townshipId: township2, villageId: village21 };

describe('can', () => {
  it('lets a township admin update a village of their township and refuses another township’s village', () => {
    expect(can(townshipAdmin, 'villages:update', villageOf1)).toBe(true);
    expect(can(townshipAdmin, 'villages:update', villageOf2)).toBe(false);
    expect(can(townshipAdmin, 'villages:read', villageOf2)).toBe(false);
    // A village resource that does not say its township is refused rather than guessed.
    expect(can(townshipAdmin, 'villages:read', { tenantId: county, villageId: village11 })).toBe(false);
  });

  it('keeps a village admin in their village', () => {
    expect(can(villageAdmin, 'villages:update', villageOf1)).toBe(true);
    expect(
      can(villageAdmin, 'villages:update', {
        ...villageOf1,
        villageId: 'bbbbbbbb-0000-4000-8000-000000000012',
      }),
    ).toBe(false);
    expect(can(villageAdmin, 'villages:read', { tenantId: county, townshipId: township1 })).toBe(false);
  });

  it('refuses a viewer every write, core or plugin, even one granted by mistake', () => {
    const writes = [
      ...corePermissions.filter((p) => !isReadPermission(p)),
      'party-members:update',
      'x:delete',
    ] as const;
    for (const permission of writes) {
      expect(can(viewer, permission), permission).toBe(false);
      expect(can(viewer, permission, villageOf1), permission).toBe(false);
    }
    expect(can(viewer, 'villages:read', villageOf1)).toBe(true);
    expect(can(viewer, 'party-members:read', villageOf1)).toBe(true);
  });

  it('refuses every other county', () => {
    for (const u of [countyAdmin, townshipAdmin, villageAdmin, viewer]) {
      expect(can(u, 'villages:read', { ...villageOf1, tenantId: otherCounty })).toBe(false);
    }
  });

  it('gives the platform operator no county resource and nothing of a county’s', () => {
    expect(can(operator, 'tenants:onboard')).toBe(true);
    expect(can(operator, 'villages:read')).toBe(false);
    expect(can(operator, 'users:manage')).toBe(false);
    expect(can(operator, 'tenants:read', { tenantId: county })).toBe(false);
    expect(can(operator, 'party-members:read')).toBe(false);
  });

  it('grants plugin permissions by the county’s grants, and all of them to a county admin', () => {
    const staff = user({
      role: 'station-staff',
      townshipId: township1,
      villageId: village11,
      grantedPermissions: ['forms:submit'],
    });
    expect(can(staff, 'forms:submit', villageOf1)).toBe(true);
    expect(can(staff, 'forms:approve', villageOf1)).toBe(false);
    expect(can(countyAdmin, 'forms:approve', villageOf2)).toBe(true);
    // A core permission is never granted through the grants list.
    expect(
      can(
        user({ role: 'station-staff', villageId: village11, grantedPermissions: ['users:manage'] }),
        'users:manage',
      ),
    ).toBe(false);
  });

  it('refuses nobody-signed-in and malformed permission names', () => {
    expect(can(null, 'villages:read')).toBe(false);
    expect(can(countyAdmin, 'Not A Permission:x')).toBe(false);
  });
});

describe('villageScopeOf', () => {
  it('gives the most specific geography of a user', () => {
    expect(villageScopeOf(countyAdmin)).toBe('county');
    expect(villageScopeOf(townshipAdmin)).toEqual({ townshipId: township1 });
    expect(villageScopeOf(villageAdmin)).toEqual({ villageId: village11 });
    expect(() => villageScopeOf(operator)).toThrow();
    expect(() => villageScopeOf(user({ role: 'township-admin' }))).toThrow();
  });
});
