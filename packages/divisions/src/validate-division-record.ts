import { CODE_LENGTHS, type DivisionLevel, PARENT_LEVEL } from './division-level';
import type { DivisionRecord } from './read-division-file';

const DIGITS = /^[0-9]+$/;

/**
 * Why a record of the given level cannot be imported, or `null` when it can. The rules are those of the
 * codes themselves: all digits, the length of the level (GB/T 2260 for provinces, cities and counties, the
 * statistics bureau's 统计用区划代码 below), a name, and a parent whose code is the record's own code cut
 * to the parent level's length and which was itself accepted (`isKnownParent`). A code already accepted
 * once is a duplicate.
 */
export function validateDivisionRecord(
  record: DivisionRecord,
  level: DivisionLevel,
  {
    isKnownParent,
    isDuplicate,
  }: { isKnownParent(code: string): boolean; isDuplicate(code: string): boolean },
): string | null {
  const { code, name, parentCode } = record;
  const length = CODE_LENGTHS[level];
  if (!DIGITS.test(code)) return `a ${level} code is digits only, got "${code}"`;
  if (code.length !== length) return `a ${level} code has ${length} digits, got ${code.length}`;
  if (name.trim() === '') return 'the name is empty';
  if (isDuplicate(code)) return `the code ${code} appears more than once`;
  const parentLevel = PARENT_LEVEL[level];
  if (parentLevel === null) return null;
  const expected = code.slice(0, CODE_LENGTHS[parentLevel]);
  if (parentCode !== expected) {
    return `the parent ${parentLevel} code must be ${expected} (the first ${expected.length} digits), got "${parentCode ?? ''}"`;
  }
  if (!isKnownParent(parentCode)) return `the parent ${parentLevel} ${parentCode} is not in the dataset`;
  return null;
}
