import type { Database } from '@cunshe/db';
import { auditLog, sessions } from '@cunshe/db/schema';
import { createTestDatabase } from '@cunshe/db/testing';
import { ConflictError, InputError, NotAllowedError, NotFoundError } from '@cunshe/errors';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthUser } from './auth-user';
import { changePassword } from './change-password';
import { createUser } from './create-user';
import { setUserDisabled } from './disable-user';
import { inviteUser } from './invite-user';
import { listUsers } from './list-users';
import { login } from './login';
import { resetPassword } from './reset-password';
import { listRoleGrants, setRoleGrants } from './role-grants';
import { createTestCounty, type TestCounty } from './testing';
import { updateUser } from './update-user';
import { validateSession } from './validate-session';

let database: Database;
let county: TestCounty;
let other: TestCounty;
let admin: AuthUser;
let otherAdmin: AuthUser;
const password = 'correct horse';

async function signIn(username: string, pass = password): Promise<AuthUser> {
  const { user } = await login(database, { username, password: pass });
  return user;
}

beforeAll(async () => {
  database = await createTestDatabase();
  county = await createTestCounty(database, { code: '361003', name: '东乡区' });
  other = await createTestCounty(database, { code: '110101', name: '东城区' });
  await createUser(database, {
    tenantId: county.tenantId,
    username: 'admin',
    password,
    role: 'county-admin',
    displayName: '管理员',
  });
  await createUser(database, {
    tenantId: other.tenantId,
    username: 'other',
    password,
    role: 'county-admin',
    displayName: '别县',
  });
  admin = await signIn('admin');
  otherAdmin = await signIn('other');
});
afterAll(() => database.close());

const village = (c: TestCounty, t = 0, v = 0) => {
  const id = c.townships[t]?.villages[v]?.id;
  if (!id) throw new Error('no village');
  return id;
};

describe('inviting', () => {
  it('creates a user with a one-time initial password and a forced change, audited', async () => {
    const { user, initialPassword } = await inviteUser(database, {
      actor: admin,
      requestId: 'req-invite',
      user: { username: 'cunguan', displayName: '村官', role: 'village-admin', villageId: village(county) },
    });
    expect(user.mustChangePassword).toBe(true);
    expect(user.townshipId).toBe(county.townships[0]?.id);
    expect(initialPassword).toHaveLength(14);
    const signedIn = await signIn('cunguan', initialPassword);
    expect(signedIn.mustChangePassword).toBe(true);
    const [entry] = await database.withTenant(county.tenantId, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.requestId, 'req-invite')),
    );
    expect(entry).toMatchObject({
      action: 'user.invited',
      entity: 'user',
      entityId: user.id,
      actorId: admin.id,
    });
    expect(JSON.stringify(entry?.after)).not.toContain('argon2');
  });

  it('checks that role and scope fit and belong to the county', async () => {
    const invite = (user: Parameters<typeof inviteUser>[1]['user'], actor = admin) =>
      inviteUser(database, { actor, user }).catch((error: unknown) => error);
    const base = { username: 'someone', displayName: 'x' };
    expect(await invite({ ...base, role: 'township-admin' })).toMatchObject({
      errors: [{ path: 'townshipId' }],
    });
    expect(await invite({ ...base, role: 'station-staff' })).toMatchObject({
      errors: [{ path: 'villageId' }],
    });
    expect(await invite({ ...base, role: 'platform-operator' })).toMatchObject({
      errors: [{ path: 'role' }],
    });
    expect(await invite({ ...base, role: 'village-admin', villageId: village(other) })).toMatchObject({
      errors: [{ path: 'villageId' }],
    });
    expect(await invite({ ...base, username: '13800138000', role: 'county-admin' })).toMatchObject({
      errors: [{ path: 'username' }],
    });
    expect(await invite({ ...base, username: 'admin', role: 'county-admin' })).toBeInstanceOf(ConflictError);
    const viewer = await createUser(database, {
      tenantId: county.tenantId,
      username: 'kan',
      password,
      role: 'viewer',
      displayName: '看',
    });
    expect(viewer.role).toBe('viewer');
    expect(await invite({ ...base, role: 'viewer' }, await signIn('kan'))).toBeInstanceOf(NotAllowedError);
  });
});

describe('managing', () => {
  it('lists only the county’s users, searchable', async () => {
    const all = await listUsers(database, { actor: admin, query: { page: 1, pageSize: 100 } });
    expect(all.items.map((u) => u.username)).not.toContain('other');
    expect(all.items.every((u) => u.tenantId === county.tenantId)).toBe(true);
    const found = await listUsers(database, { actor: admin, query: { q: '村官', page: 1, pageSize: 20 } });
    expect(found.items.map((u) => u.username)).toEqual(['cunguan']);
    expect(found.total).toBe(1);
  });

  it('refuses to touch another county’s user', async () => {
    const [target] = (
      await listUsers(database, { actor: admin, query: { page: 1, pageSize: 1, q: 'admin' } })
    ).items;
    if (!target) throw new Error('no user');
    await expect(
      setUserDisabled(database, { actor: otherAdmin, userId: target.id, isDisabled: true }),
    ).rejects.toThrow(NotFoundError);
    await expect(resetPassword(database, { actor: otherAdmin, userId: target.id })).rejects.toThrow(
      NotFoundError,
    );
    await expect(
      updateUser(database, { actor: otherAdmin, userId: target.id, changes: { displayName: 'x' } }),
    ).rejects.toThrow(NotFoundError);
  });

  it('changes role and scope, audited as a role change', async () => {
    const { user } = await inviteUser(database, {
      actor: admin,
      user: { username: 'xiangguan', displayName: '乡官', role: 'viewer' },
    });
    const townshipId = county.townships[1]?.id;
    const changed = await updateUser(database, {
      actor: admin,
      userId: user.id,
      changes: { role: 'township-admin', townshipId },
    });
    expect(changed).toMatchObject({ role: 'township-admin', townshipId, villageId: null });
    const entries = await database.withTenant(county.tenantId, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.entityId, user.id)),
    );
    expect(entries.map((e) => e.action)).toContain('user.role-changed');
    await expect(
      updateUser(database, { actor: admin, userId: admin.id, changes: { role: 'viewer' } }),
    ).rejects.toThrow(InputError);
  });

  it('ends every session of a disabled user at once', async () => {
    await createUser(database, {
      tenantId: county.tenantId,
      username: 'gone',
      password,
      role: 'viewer',
      displayName: '走',
    });
    const first = await login(database, { username: 'gone', password });
    const second = await login(database, { username: 'gone', password });
    expect(await validateSession(database, first.token)).not.toBeNull();
    await setUserDisabled(database, { actor: admin, userId: first.user.id, isDisabled: true });
    expect(await validateSession(database, first.token)).toBeNull();
    expect(await validateSession(database, second.token)).toBeNull();
    const left = await database.withPlatform((tx) =>
      tx.select().from(sessions).where(eq(sessions.userId, first.user.id)),
    );
    expect(left).toEqual([]);
    await expect(login(database, { username: 'gone', password })).rejects.toThrow(
      'Wrong username or password.',
    );
    await setUserDisabled(database, { actor: admin, userId: first.user.id, isDisabled: false });
    expect((await login(database, { username: 'gone', password })).user.id).toBe(first.user.id);
  });

  it('resets a password: new initial password, forced change, sessions ended', async () => {
    await createUser(database, {
      tenantId: county.tenantId,
      username: 'forgot',
      password,
      role: 'viewer',
      displayName: '忘',
    });
    const before = await login(database, { username: 'forgot', password });
    const { initialPassword } = await resetPassword(database, { actor: admin, userId: before.user.id });
    expect(await validateSession(database, before.token)).toBeNull();
    await expect(login(database, { username: 'forgot', password })).rejects.toThrow();
    expect((await signIn('forgot', initialPassword)).mustChangePassword).toBe(true);
    await expect(resetPassword(database, { actor: admin, userId: admin.id })).rejects.toThrow(InputError);
  });
});

describe('changing one’s password', () => {
  it('needs the current password, ends every other session and starts a new one', async () => {
    await createUser(database, {
      tenantId: county.tenantId,
      username: 'mover',
      password,
      role: 'viewer',
      displayName: '改',
      mustChangePassword: true,
    });
    const a = await login(database, { username: 'mover', password });
    const b = await login(database, { username: 'mover', password });
    await expect(
      changePassword(database, { user: a.user, currentPassword: 'wrong one', newPassword: 'a new secret' }),
    ).rejects.toMatchObject({ errors: [{ path: 'currentPassword' }] });
    await expect(
      changePassword(database, { user: a.user, currentPassword: password, newPassword: 'short' }),
    ).rejects.toMatchObject({ errors: [{ path: 'newPassword' }] });
    const fresh = await changePassword(database, {
      user: a.user,
      currentPassword: password,
      newPassword: 'a new secret',
    });
    expect(await validateSession(database, a.token)).toBeNull();
    expect(await validateSession(database, b.token)).toBeNull();
    const now = await validateSession(database, fresh.token);
    expect(now?.user.mustChangePassword).toBe(false);
  });
});

describe('granting plugin permissions', () => {
  it('replaces the county’s grants, refusing core permissions and writes for viewers', async () => {
    const saved = await setRoleGrants(database, {
      actor: admin,
      grants: [
        { role: 'station-staff', permissions: ['forms:submit', 'forms:read'] },
        { role: 'viewer', permissions: ['forms:read'] },
      ],
    });
    expect(saved.find((g) => g.role === 'station-staff')?.permissions).toEqual([
      'forms:read',
      'forms:submit',
    ]);
    await expect(
      setRoleGrants(database, {
        actor: admin,
        grants: [{ role: 'viewer', permissions: ['forms:submit', 'users:manage'] }],
      }),
    ).rejects.toMatchObject({
      errors: [{ path: 'items.0.permissions.0' }, { path: 'items.0.permissions.1' }],
    });
    expect(
      (await listRoleGrants(database, { actor: otherAdmin })).every((g) => g.permissions.length === 0),
    ).toBe(true);
    const staff = await createUser(database, {
      tenantId: county.tenantId,
      username: 'zhan',
      password,
      role: 'station-staff',
      displayName: '站',
      villageId: village(county),
    });
    const signedIn = await login(database, { username: 'zhan', password });
    expect(signedIn.user.grantedPermissions).toEqual(['forms:read', 'forms:submit']);
    expect((await validateSession(database, signedIn.token))?.user.grantedPermissions).toEqual([
      'forms:read',
      'forms:submit',
    ]);
    expect(staff.villageId).toBe(village(county));
  });
});
