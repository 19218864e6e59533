// Longest first, so 自治县 is cut before 县. The generic names of county-level divisions in GB/T 2260:
// 县, 自治县, 旗, 自治旗, 市 (county-level city), 区 (district), 林区 and 特区.
const SUFFIXES = ['自治县', '自治旗', '林区', '特区', '县', '旗', '市', '区'];

/**
 * The proper name of a county-level division without its generic suffix, so a county keeps its stem when it
 * is re-designated (东乡县 -> 东乡, 东乡区 -> 东乡; 长阳土家族自治县 -> 长阳土家族). A name that is nothing
 * but a suffix is returned unchanged.
 */
export function countyNameStem(name: string): string {
  const normalized = name.trim().normalize('NFC');
  const suffix = SUFFIXES.find((s) => normalized.endsWith(s) && normalized.length > s.length);
  return suffix === undefined ? normalized : normalized.slice(0, -suffix.length);
}
