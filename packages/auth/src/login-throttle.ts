import type { Tx } from '@cunshe/db';
import { loginThrottles } from '@cunshe/db/schema';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { inArray, sql } from 'drizzle-orm';
import { type ThrottleRule, throttleDelayMs } from './throttle-policy';

/**
 * The throttle key of an account: the user's id when the login name is known, else a hash of the typed
 * name (people type passwords into the name field; it is not stored in the clear). Both behave alike.
 */
export function accountThrottleKey(userId: string | null, identifier: string): string {
  return userId
    ? `user:${userId}`
    : `name:${encodeHexLowerCase(sha256(new TextEncoder().encode(identifier)))}`;
}

/** The throttle key of a client address. */
export function addressThrottleKey(address: string): string {
  return `address:${address}`;
}

/**
 * How long the caller must still wait before another attempt under any of `keys`, in milliseconds; 0 when
 * free. Runs in the platform scope (`login_throttles` is a platform table).
 */
export async function throttleWaitMs(tx: Tx, keys: string[], now: Date): Promise<number> {
  const rows = await tx
    .select({ lockedUntil: loginThrottles.lockedUntil })
    .from(loginThrottles)
    .where(inArray(loginThrottles.key, keys));
  return Math.max(0, ...rows.map((row) => row.lockedUntil.getTime() - now.getTime()));
}

/**
 * Counts one failure under `key` and sets the next delay by `rule`: atomic under concurrent attempts, and
 * a counter whose last failure is older than `rule.forgetAfterMs` starts again. Answers the failure count.
 */
export async function recordThrottleFailure(
  tx: Tx,
  key: string,
  rule: ThrottleRule,
  now: Date,
): Promise<number> {
  const forgetBefore = new Date(now.getTime() - rule.forgetAfterMs);
  const [row] = await tx
    .insert(loginThrottles)
    .values({ key, failures: 1, lockedUntil: now, updatedAt: now })
    .onConflictDoUpdate({
      target: loginThrottles.key,
      set: {
        failures: sql`case when ${loginThrottles.updatedAt} < ${forgetBefore.toISOString()}::timestamptz then 1 else ${loginThrottles.failures} + 1 end`,
        updatedAt: now,
      },
    })
    .returning({ failures: loginThrottles.failures });
  const failures = row?.failures ?? 1;
  const delay = throttleDelayMs(rule, failures);
  await tx
    .update(loginThrottles)
    .set({ lockedUntil: new Date(now.getTime() + delay) })
    .where(sql`${loginThrottles.key} = ${key}`);
  return failures;
}

/** Forgets the failures under `key` (a successful login resets its account's counter). */
export async function clearThrottle(tx: Tx, key: string): Promise<void> {
  await tx.delete(loginThrottles).where(sql`${loginThrottles.key} = ${key}`);
}
