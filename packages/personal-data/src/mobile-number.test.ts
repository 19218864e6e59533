import { describe, expect, it } from 'vitest';
import { toHalfWidth } from './half-width';
import { maskMobileNumber, normalizeMobileNumber, parseMobileNumber } from './mobile-number';

describe('mainland mobile numbers', () => {
  it.each([
    '13801380000',
    '138 0138 0000',
    '138-0138-0000',
    '138—0138—0000',
    '+86 138 0138 0000',
    '+86-13801380000',
    '0086 13801380000',
    '8613801380000',
    '(+86) 138.0138.0000',
    '１３８０１３８００００',
    '＋８６　１３８－０１３８－００００',
  ])('normalises %j to 13801380000', (typed) => {
    expect(normalizeMobileNumber(typed)).toBe('13801380000');
    expect(parseMobileNumber(typed)).toEqual({ isValid: true, value: '13801380000' });
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['12801380000', 'format'],
    ['1380138000', 'format'],
    ['138013800001', 'format'],
    ['0791-8888 8888', 'format'],
    ['+1 138 0138 0000', 'format'],
    ['138abc80000', 'format'],
  ])('refuses %j (%s)', (typed, problem) => {
    expect(parseMobileNumber(typed)).toMatchObject({ isValid: false, problem });
  });

  it('masks the middle four digits', () => {
    expect(maskMobileNumber('13801380000')).toBe('138****0000');
    expect(maskMobileNumber('12345')).toBe('*****');
  });

  it('folds only full-width forms', () => {
    expect(toHalfWidth('Ａ１＋　村')).toBe('A1+ 村');
  });
});
