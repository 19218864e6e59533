import { describe, expect, it } from 'vitest';
import { defaultThrottlePolicy, throttleDelayMs } from './throttle-policy';

describe('throttleDelayMs', () => {
  it('is free for 5 account failures, then doubles from 1 s and stops at 15 minutes', () => {
    const rule = defaultThrottlePolicy.account;
    const delays = Array.from({ length: 20 }, (_, failures) => throttleDelayMs(rule, failures));
    expect(delays.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(delays.slice(5, 10)).toEqual([1000, 2000, 4000, 8000, 16_000]);
    expect(delays[19]).toBe(15 * 60 * 1000);
    expect(throttleDelayMs(rule, 10_000)).toBe(15 * 60 * 1000);
  });
});
