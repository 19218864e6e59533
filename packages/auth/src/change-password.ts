import type { Database } from '@cunshe/db';
import { users } from '@cunshe/db/schema';
import { InputError, NotSignedInError, TooManyRequestsError } from '@cunshe/errors';
import { eq } from 'drizzle-orm';
import type { AuthUser } from './auth-user';
import { type CreatedSession, createSession } from './create-session';
import { endUserSessions } from './end-sessions';
import { accountThrottleKey, clearThrottle, recordThrottleFailure, throttleWaitMs } from './login-throttle';
import { type AuthOptions, resolveAuthOptions } from './options';
import { hashPassword, verifyPassword } from './password-hashing';
import { assertPasswordPolicy } from './password-policy';
import { recordAudit } from './record-audit';
import { withUserScope } from './user-scope';

/** A password change by the signed-in user. */
export interface ChangePasswordInput {
  user: AuthUser;
  currentPassword: string;
  newPassword: string;
  ipAddress?: string | null | undefined;
  userAgent?: string | null | undefined;
  requestId?: string | null | undefined;
}

/**
 * The signed-in user changes their password: the current one must be right (a wrong one counts against
 * the account's login throttle), the new one must pass the policy and differ. Every session of the user
 * ends and a new one starts, and the forced change after an invitation or a reset is done, all in one
 * audited transaction.
 * @throws InputError naming `currentPassword` or `newPassword`
 * @throws TooManyRequestsError while the account's delay runs
 */
export async function changePassword(
  database: Database,
  input: ChangePasswordInput,
  options?: AuthOptions,
): Promise<CreatedSession> {
  const opts = resolveAuthOptions(options);
  const now = opts.now();
  const { user } = input;
  const key = accountThrottleKey(user.id, '');
  const waitMs = await database.withPlatform((tx) => throttleWaitMs(tx, [key], now));
  if (waitMs > 0) {
    throw new TooManyRequestsError('Too many failed attempts; try again later.', Math.ceil(waitMs / 1000));
  }
  const [row] = await withUserScope(database, user.tenantId, (tx) =>
    tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id)),
  );
  if (!row) throw new NotSignedInError('The account no longer exists.');
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    await database.withPlatform((tx) => recordThrottleFailure(tx, key, opts.throttle.account, now));
    const message = 'The current password is wrong.';
    throw new InputError(message, [{ path: 'currentPassword', message }]);
  }
  assertPasswordPolicy(input.newPassword, {
    path: 'newPassword',
    username: user.username,
    mobile: user.mobile,
  });
  if (input.newPassword.normalize('NFC') === input.currentPassword.normalize('NFC')) {
    const message = 'The new password must differ from the current one.';
    throw new InputError(message, [{ path: 'newPassword', message }]);
  }
  const passwordHash = await hashPassword(input.newPassword, opts.passwordHashing);
  await database.withPlatform((tx) => clearThrottle(tx, key));
  return withUserScope(database, user.tenantId, async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, updatedAt: now })
      .where(eq(users.id, user.id));
    const endedSessions = await endUserSessions(tx, user.id);
    const created = await createSession(tx, {
      userId: user.id,
      tenantId: user.tenantId,
      ipAddress: input.ipAddress,
      userAgent: input.userAgent,
      now,
      policy: opts.session,
    });
    if (user.tenantId) {
      await recordAudit(tx, {
        tenantId: user.tenantId,
        actor: user,
        action: 'auth.password-changed',
        entity: 'user',
        entityId: user.id,
        after: { endedSessions, wasForced: user.mustChangePassword },
        requestId: input.requestId,
      });
    }
    return created;
  });
}
