import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A county-level code as a GB/T 2260 revision lists it, with the newest revision (`YYYYMM`) that has it. */
export interface Gb2260County {
  code: string;
  name: string;
  revision: string;
}

function readJson<T>(specifier: string): T {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

/**
 * Every county-level code in the GB/T 2260 revisions shipped by npm `gb2260` (2002-12 to 2016-07), each with
 * its name in the newest revision that lists it. County level means the last two digits are not `00`
 * (GB/T 2260 gives provinces `xx0000` and prefecture-level divisions `xxxx00`); the `市辖区` placeholder
 * rows (e.g. 361001, "the districts under the city") are no divisions and are left out.
 */
export function gb2260Counties(): Gb2260County[] {
  const revisions = readJson<string[]>('gb2260/lib/revisions.json').toSorted().toReversed();
  const byCode = new Map<string, Gb2260County>();
  for (const revision of revisions) {
    const entries = readJson<Record<string, string>>(`gb2260/lib/${revision}.json`);
    for (const [code, name] of Object.entries(entries)) {
      if (code.endsWith('00') || name === '市辖区' || byCode.has(code)) continue;
      byCode.set(code, { code, name: name.normalize('NFC'), revision });
    }
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}
