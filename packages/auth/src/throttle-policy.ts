/** Growing delays for one kind of key (an account, or a client address). */
export interface ThrottleRule {
  /** Failures allowed before any delay. */
  freeFailures: number;
  /** The first delay; each further failure doubles it. */
  baseDelayMs: number;
  /** The cap: nobody is ever locked out for longer than this. */
  maxDelayMs: number;
  /** A counter whose last failure is older than this starts again from zero. */
  forgetAfterMs: number;
}

/** The rules per account and per client address. */
export interface ThrottlePolicy {
  account: ThrottleRule;
  address: ThrottleRule;
}

/**
 * After 5 failures on an account the delay starts at 1 s and doubles, capped at 15 minutes: guessing
 * becomes slow, and a real user is never locked out for good. A client address (often one NAT for a whole
 * township office) gets 20 free failures before the same growth.
 */
export const defaultThrottlePolicy: ThrottlePolicy = {
  account: {
    freeFailures: 5,
    baseDelayMs: 1000,
    maxDelayMs: 15 * 60 * 1000,
    forgetAfterMs: 24 * 60 * 60 * 1000,
  },
  address: {
    freeFailures: 20,
    baseDelayMs: 1000,
    maxDelayMs: 15 * 60 * 1000,
    forgetAfterMs: 24 * 60 * 60 * 1000,
  },
};

/** The delay after `failures` consecutive failures under `rule`: 0 while free, then doubling up to the cap. */
export function throttleDelayMs(rule: ThrottleRule, failures: number): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures, 40);
  return Math.min(rule.baseDelayMs * 2 ** doublings, rule.maxDelayMs);
}
