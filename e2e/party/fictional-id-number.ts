/**
 * A fictional resident ID number that passes GB 11643's checks (ISO 7064 MOD 11-2 check character), for the
 * specs only: region 361003, the given birth date, and a sequence whose parity gives the gender.
 */
export function fictionalIdNumber(birthDate: string, sequence: number): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const first17 = `361003${birthDate.replaceAll('-', '')}${String(sequence % 1000).padStart(3, '0')}`;
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * (weights[i] ?? 0), 0);
  return first17 + ('10X98765432'[sum % 11] ?? '');
}
