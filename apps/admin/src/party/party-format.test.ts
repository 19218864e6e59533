import { describe, expect, it } from 'vitest';
import { fenOf, yuan } from './party-format';

describe('money', () => {
  it('shows fen as yuan and reads yuan as fen exactly', () => {
    expect(yuan(2050)).toBe('20.50');
    expect(yuan(5)).toBe('0.05');
    expect(fenOf('20.5')).toBe(2050);
    expect(fenOf('0.07')).toBe(7);
    expect(fenOf('12')).toBe(1200);
    expect(fenOf('1.234')).toBeUndefined();
    expect(fenOf('abc')).toBeUndefined();
  });
});
