import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fields, todayInChina } from './fields';

describe('fields.date with today', () => {
  // 23:30 UTC on 1 March is 07:30 on 2 March in China (UTC+8): today there is the 2nd.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T23:30:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('means the calendar day in China, not the server’s UTC day', () => {
    expect(todayInChina()).toBe('2026-03-02');
    expect(todayInChina(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(todayInChina(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });

  it('accepts the Chinese today as the latest day and refuses the day after', () => {
    const schema = fields.date({ max: 'today' });
    expect(schema.safeParse('2026-03-02').success).toBe(true);
    expect(schema.safeParse('2026-03-03').success).toBe(false);
  });

  it('refuses the UTC day as the earliest day once China has moved on', () => {
    const schema = fields.date({ min: 'today' });
    expect(schema.safeParse('2026-03-01').success).toBe(false);
    expect(schema.safeParse('2026-03-02').success).toBe(true);
  });
});
