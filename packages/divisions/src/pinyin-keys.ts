import { pinyin } from 'pinyin-pro';

/** The pinyin keys of a name: `sortKey` for ordering, `pinyinInitials` for search. */
export interface PinyinKeys {
  sortKey: string;
  pinyinInitials: string;
}

const NOT_KEY = /[^a-z0-9]/g;

/**
 * The full pinyin of a name without tones, and its initials, lowercase ASCII letters and digits only
 * (潭江村 -> `tanjiangcun`, `tjc`). ü is written `v` as on a pinyin keyboard, so 绿洲村 sorts as `lvzhoucun`,
 * between `lu` and `m`. Polyphonic characters are read in context by pinyin-pro (银行村 -> `yinhangcun`).
 * The database orders by `sortKey` because PGlite has no Chinese collation.
 */
export function pinyinKeys(name: string): PinyinKeys {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true });
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' });
  return {
    sortKey: syllables.join('').toLowerCase().replace(NOT_KEY, ''),
    pinyinInitials: initials.join('').toLowerCase().replace(NOT_KEY, ''),
  };
}
