import type { Database } from '@cunshe/db';
import { tenants, users } from '@cunshe/db/schema';
import { NotSignedInError, TooManyRequestsError } from '@cunshe/errors';
import { eq } from 'drizzle-orm';
import { type AuthUser, toAuthUser } from './auth-user';
import { type CreatedSession, createSession } from './create-session';
import { grantedPermissionsOf } from './granted-permissions';
import { isMobileNumber, normalizeLoginName } from './login-name';
import {
  accountThrottleKey,
  addressThrottleKey,
  clearThrottle,
  recordThrottleFailure,
  throttleWaitMs,
} from './login-throttle';
import { type AuthOptions, resolveAuthOptions } from './options';
import { verifyDummyPassword, verifyPassword } from './password-hashing';
import { recordAudit } from './record-audit';
import { withUserScope } from './user-scope';

/** The one answer to every failed login, whether the user is unknown, disabled or the password wrong. */
export const WRONG_CREDENTIALS = 'Wrong username or password.';

/** A login attempt: a login name or mobile number, the password, and where the request comes from. */
export interface LoginInput {
  username: string;
  password: string;
  ipAddress?: string | null | undefined;
  userAgent?: string | null | undefined;
  requestId?: string | null | undefined;
}

/** A successful login: a new session (its token goes into the cookie) and the user. */
export interface LoginResult extends CreatedSession {
  user: AuthUser;
}

/**
 * Logs in by login name or mainland mobile number. Every failure (unknown user, wrong password, disabled
 * user, inactive county) throws the same error after the same work: an unknown user's attempt verifies
 * against a dummy hash of the same cost. Failures count per account and per client address with growing
 * delays; success resets the account's counter, audits the login and starts a new session (a session id
 * never survives a login).
 * @throws NotSignedInError with {@link WRONG_CREDENTIALS}
 * @throws TooManyRequestsError while a delay runs, with the seconds to wait
 */
export async function login(
  database: Database,
  input: LoginInput,
  options?: AuthOptions,
): Promise<LoginResult> {
  const opts = resolveAuthOptions(options);
  const now = opts.now();
  const identifier = normalizeLoginName(input.username);
  const address = input.ipAddress ? addressThrottleKey(input.ipAddress) : null;
  const { row, waitMs, accountKey } = await database.withPlatform(async (tx) => {
    const [found] = await tx
      .select({ user: users, isTenantActive: tenants.isActive })
      .from(users)
      .leftJoin(tenants, eq(tenants.id, users.tenantId))
      .where(isMobileNumber(identifier) ? eq(users.mobile, identifier) : eq(users.username, identifier));
    const key = accountThrottleKey(found?.user.id ?? null, identifier);
    const wait = await throttleWaitMs(tx, address ? [key, address] : [key], now);
    return { row: found, waitMs: wait, accountKey: key };
  });
  if (waitMs > 0) {
    throw new TooManyRequestsError('Too many failed attempts; try again later.', Math.ceil(waitMs / 1000));
  }

  const isPasswordRight = row
    ? await verifyPassword(row.user.passwordHash, input.password)
    : await verifyDummyPassword(input.password, opts.passwordHashing);
  const user = row?.user;
  const refusal = !user
    ? 'unknown-user'
    : !isPasswordRight
      ? 'wrong-password'
      : user.isDisabled
        ? 'disabled'
        : user.tenantId !== null && row.isTenantActive !== true
          ? 'county-inactive'
          : null;
  const where = { ipAddress: input.ipAddress ?? null, userAgent: input.userAgent ?? null };

  if (refusal !== null) {
    await database.withPlatform(async (tx) => {
      await recordThrottleFailure(tx, accountKey, opts.throttle.account, now);
      if (address) await recordThrottleFailure(tx, address, opts.throttle.address, now);
    });
    if (user?.tenantId) {
      const tenantId = user.tenantId;
      await database.withTenant(tenantId, (tx) =>
        recordAudit(tx, {
          tenantId,
          actor: null,
          action: 'auth.login-failed',
          entity: 'user',
          entityId: user.id,
          after: { reason: refusal, ...where },
          requestId: input.requestId,
        }),
      );
    }
    throw new NotSignedInError(WRONG_CREDENTIALS);
  }
  if (!user) throw new NotSignedInError(WRONG_CREDENTIALS);

  await database.withPlatform((tx) => clearThrottle(tx, accountKey));
  return withUserScope(database, user.tenantId, async (tx) => {
    const created = await createSession(tx, {
      userId: user.id,
      tenantId: user.tenantId,
      ...where,
      now,
      policy: opts.session,
    });
    const granted = await grantedPermissionsOf(tx, user.role);
    const authUser = toAuthUser(user, granted);
    if (user.tenantId) {
      await recordAudit(tx, {
        tenantId: user.tenantId,
        actor: authUser,
        action: 'auth.login',
        entity: 'user',
        entityId: user.id,
        after: where,
        requestId: input.requestId,
      });
    }
    return { ...created, user: authUser };
  });
}
