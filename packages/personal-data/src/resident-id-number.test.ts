import { describe, expect, it } from 'vitest';
import {
  isResidentIdNumber,
  maskResidentIdNumber,
  normalizeResidentIdNumber,
  parseResidentIdNumber,
  residentIdCheckCharacter,
} from './resident-id-number';

const today = new Date(2025, 5, 1);

describe('resident ID numbers (GB 11643-1999)', () => {
  it('computes the ISO 7064 MOD 11-2 check character of the standard’s own example', () => {
    // GB 11643-1999 annex: 11010519491231002X (北京市朝阳区, born 1949-12-31, a woman).
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('44052419800101001')).toBe('3');
    expect(() => residentIdCheckCharacter('1234')).toThrow(RangeError);
  });

  it('parses a valid number into region, birth date and gender', () => {
    expect(parseResidentIdNumber('11010519491231002X', { today })).toEqual({
      isValid: true,
      number: {
        value: '11010519491231002X',
        regionCode: '110105',
        birthDate: '1949-12-31',
        gender: 'female',
      },
    });
    const man = parseResidentIdNumber('440524198001010013', { today });
    expect(man.isValid && man.number.gender).toBe('male');
  });

  it('accepts a lower-case x, full-width digits and spaces, and gives the stored form', () => {
    for (const typed of [
      '11010519491231002x',
      ' 110105 19491231 002x ',
      '１１０１０５１９４９１２３１００２ｘ',
    ]) {
      const result = parseResidentIdNumber(typed, { today });
      expect(result.isValid && result.number.value, typed).toBe('11010519491231002X');
    }
    expect(normalizeResidentIdNumber('11010519491231002x')).toBe('11010519491231002X');
  });

  it.each([
    ['', 'empty'],
    ['11010519491231002', 'length'],
    ['11010519491231002XX', 'length'],
    ['1101051949123100X2', 'format'],
    ['11010519491231A02X', 'format'],
    ['110105194902300027', 'birth-date'], // 30 February
    ['110105203001010015', 'birth-date'], // in the future
    ['110105189912310016', 'birth-date'], // before 1900
    ['110105194912310021', 'check-digit'],
  ])('refuses %j (%s)', (input, problem) => {
    const result = parseResidentIdNumber(input, { today });
    expect(result).toMatchObject({ isValid: false, problem });
    expect(result.isValid || result.message.length > 10).toBe(true);
    expect(isResidentIdNumber(input, { today })).toBe(false);
  });

  it('accepts 29 February of a leap year only', () => {
    const first17 = '36100319880229001';
    expect(isResidentIdNumber(first17 + residentIdCheckCharacter(first17), { today })).toBe(true);
    const notLeap = '36100319890229001';
    expect(parseResidentIdNumber(notLeap + residentIdCheckCharacter(notLeap), { today })).toMatchObject({
      problem: 'birth-date',
    });
  });

  it('masks all but the first 6 and the last 4 characters', () => {
    expect(maskResidentIdNumber('11010519491231002x')).toBe('110105********002X');
    expect(maskResidentIdNumber('123')).toBe('***');
    expect(maskResidentIdNumber('')).toBe('*'.repeat(18));
  });
});
