/**
 * Folds the full-width forms a Chinese input method produces (`１３８`, `＋８６`, `Ｘ`, the ideographic space
 * U+3000) into their ASCII counterparts, so `１１０１０５…Ｘ` and `110105…X` are the same text. Only the
 * Halfwidth and Fullwidth Forms block U+FF01-U+FF5E and U+3000 change; every other character is kept.
 * @example
 * toHalfWidth('＋８６ １３８') // '+86 138'
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (char) => {
    const code = char.charCodeAt(0);
    return code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
  });
}
