import { residentIdCheckCharacter } from '@cunshe/personal-data';

/**
 * A fictional resident ID number that passes GB 11643's checks, for the demo and for tests only: a real
 * region code, the given birth date, a sequence code whose parity gives the gender, and the check character.
 * @example
 * fictionalIdNumber({ regionCode: '361003', birthDate: '1975-03-08', sequence: 12, gender: 'female' })
 */
export function fictionalIdNumber(input: {
  regionCode: string;
  birthDate: string;
  sequence: number;
  gender: 'male' | 'female';
}): string {
  // The 17th digit is odd for men and even for women; sequences 1-499 give distinct numbers for one day.
  const code = (input.sequence * 2 + (input.gender === 'male' ? 1 : 0)) % 1000;
  const sequence = String(code).padStart(3, '0');
  const first17 = `${input.regionCode}${input.birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}
