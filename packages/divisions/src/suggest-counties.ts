import { countyNameStem } from './county-name-stem';
import type { County } from './match-former-code';

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The counties closest to a (possibly malformed) code: its digits cut or padded to 6 (`36100x` -> 361000),
 * then the counties sharing the longest prefix with it (same province, same prefecture...), nearest in
 * numeric value first. `36100x` gives 361002 临川区 and 361003 东乡区.
 */
export function countiesNearCode(counties: readonly County[], input: string, limit = 3): County[] {
  const target = input
    .replace(/[^0-9]/g, '')
    .slice(0, 6)
    .padEnd(6, '0');
  const longest = Math.max(0, ...counties.map((c) => commonPrefixLength(c.code, target)));
  const distance = (c: County) => Math.abs(Number(c.code) - Number(target));
  return counties
    .filter((c) => commonPrefixLength(c.code, target) === longest)
    .sort((a, b) => distance(a) - distance(b) || a.code.localeCompare(b.code))
    .slice(0, limit);
}

/**
 * The counties whose names match a text: the same name first, then the same stem (东乡县 finds 东乡区), then
 * names containing the stem (东乡 also finds 东乡族自治县); each group in code order.
 */
export function countiesNamed(counties: readonly County[], text: string, limit = 3): County[] {
  const name = text.trim().normalize('NFC');
  const stem = countyNameStem(name);
  if (stem === '') return [];
  const rank = (c: County) => {
    if (c.name === name) return 0;
    if (countyNameStem(c.name) === stem) return 1;
    return c.name.includes(stem) ? 2 : 3;
  };
  return counties
    .filter((c) => rank(c) < 3)
    .sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code))
    .slice(0, limit);
}

/** `361002 临川区, 361003 东乡区` */
export function listCounties(counties: readonly County[]): string {
  return counties.map((c) => `${c.code} ${c.name}`).join(', ');
}
