import { defaultPasswordHashing, type PasswordHashingOptions } from './password-hashing';
import { defaultThrottlePolicy, type ThrottlePolicy } from './throttle-policy';

/** How long a session lives: it slides with use up to an absolute maximum. */
export interface SessionPolicy {
  /** A session unused for this long is over; using it past half of this extends it. */
  idleTimeoutMs: number;
  /** No session outlives this, however much it is used. */
  maxLifetimeMs: number;
}

/** 12 hours idle, 7 days at most. */
export const defaultSessionPolicy: SessionPolicy = {
  idleTimeoutMs: 12 * 60 * 60 * 1000,
  maxLifetimeMs: 7 * 24 * 60 * 60 * 1000,
};

/**
 * Tunables of the account operations. Production passes nothing and gets the defaults; tests may pass a
 * clock and shorter policies. The password hashing cost is never lowered below the default in production.
 */
export interface AuthOptions {
  session?: SessionPolicy | undefined;
  throttle?: ThrottlePolicy | undefined;
  passwordHashing?: PasswordHashingOptions | undefined;
  /** The clock; tests move it to expire sessions and throttles. */
  now?: (() => Date) | undefined;
}

/** {@link AuthOptions} with every default filled in. */
export interface ResolvedAuthOptions {
  session: SessionPolicy;
  throttle: ThrottlePolicy;
  passwordHashing: PasswordHashingOptions;
  now: () => Date;
}

/** Fills in the defaults of {@link AuthOptions}. */
export function resolveAuthOptions(options: AuthOptions = {}): ResolvedAuthOptions {
  return {
    session: options.session ?? defaultSessionPolicy,
    throttle: options.throttle ?? defaultThrottlePolicy,
    passwordHashing: options.passwordHashing ?? defaultPasswordHashing,
    now: options.now ?? (() => new Date()),
  };
}
