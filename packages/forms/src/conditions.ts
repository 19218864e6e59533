import type { FormCondition } from './form-definition';

/**
 * Whether a field whose hint has `showWhen` is shown, given the values of its siblings (the object that
 * holds it). A field without a condition is always shown.
 * @example
 * isShown({ field: 'hasLand', equals: true }, { hasLand: true }) // true
 */
export function isShown(condition: FormCondition | undefined, siblings: Record<string, unknown>): boolean {
  if (!condition) return true;
  const value = siblings[condition.field];
  const values = Array.isArray(value) ? value : [value];
  if (condition.equals !== undefined && values.includes(condition.equals)) return true;
  if (condition.in !== undefined && values.some((v) => condition.in?.includes(v as never))) return true;
  return false;
}
