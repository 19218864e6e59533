import { countyNameStem } from './county-name-stem';

/** A current county: its 6-digit code and name. */
export interface County {
  code: string;
  name: string;
}

/**
 * How a former county code maps to today's: one `currentCode` (and no candidates), or `null` and the
 * `candidates` a person must choose from (possibly none).
 */
export interface FormerCodeMatch {
  currentCode: string | null;
  candidates: string[];
}

// GB/T 2260 splits each municipality (北京 11, 天津 12, 上海 31, 重庆 50) into the pseudo-prefectures
// 01 市辖区 and 02 县; a county re-designated as a district moves from one to the other (密云县 110228 ->
// 密云区 110118), so there the municipality is the prefecture.
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

function prefectureOf(code: string): string {
  return MUNICIPALITIES.has(code.slice(0, 2)) ? code.slice(0, 2) : code.slice(0, 4);
}

/**
 * Matches a former county code to the current counties by GB/T 2260's structure: a re-coded county keeps
 * its prefecture (the first 4 digits; the first 2 in a municipality) and its proper name (东乡县 361029 ->
 * 东乡区 361003). Exactly one county of the same prefecture with the same name stem is a match; several are
 * candidates. With none, the counties of the same province (first 2 digits) with that stem are candidates,
 * since prefectures are re-coded too (吕梁地区 1423 became 吕梁市 1411). Nothing else is guessed.
 */
export function matchFormerCode(former: County, counties: readonly County[]): FormerCodeMatch {
  const stem = countyNameStem(former.name);
  const sameStem = counties.filter((c) => countyNameStem(c.name) === stem);
  const samePrefecture = sameStem.filter((c) => prefectureOf(c.code) === prefectureOf(former.code));
  const [only] = samePrefecture;
  if (samePrefecture.length === 1 && only) return { currentCode: only.code, candidates: [] };
  const candidates =
    samePrefecture.length > 1
      ? samePrefecture
      : sameStem.filter((c) => c.code.startsWith(former.code.slice(0, 2)));
  return { currentCode: null, candidates: candidates.map((c) => c.code).sort() };
}
