import { describe, expect, it } from 'vitest';
import type { DivisionLevel } from './division-level';
import { validateDivisionRecord } from './validate-division-record';

const known = new Set(['36', '3610', '361003', '361003107']);
const check = (level: DivisionLevel, code: string, parentCode: string | null, name = '名') =>
  validateDivisionRecord({ line: 2, code, name, parentCode }, level, {
    isKnownParent: (c) => known.has(c),
    isDuplicate: (c) => c === '361003107207',
  });

describe('validateDivisionRecord', () => {
  it('accepts codes of the right length under a known parent', () => {
    expect(check('province', '36', null)).toBeNull();
    expect(check('county', '361003', '3610')).toBeNull();
    expect(check('village', '361003107208', '361003107')).toBeNull();
  });

  it.each([
    ['township', '36100310x', '361003', 'digits only'],
    ['township', '36100310', '361003', 'has 9 digits, got 8'],
    ['county', '361003', '3611', 'must be 3610'],
    ['township', '361004100', '361004', 'is not in the dataset'],
    ['village', '361003107207', '361003107', 'more than once'],
  ] as const)('rejects the %s %s', (level, code, parent, reason) => {
    expect(check(level, code, parent)).toContain(reason);
  });

  it('rejects an empty name', () => {
    expect(check('county', '361003', '3610', ' ')).toBe('the name is empty');
  });
});
