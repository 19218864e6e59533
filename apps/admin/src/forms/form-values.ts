/** A path into a form's values: field names and entry indices. */
export type ValuePath = readonly (string | number)[];

/** The value at a path, or undefined. */
export function valueAt(values: unknown, path: ValuePath): unknown {
  let current = values;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/** A copy of `values` with `value` at `path` (`undefined` removes it), creating objects and lists on the way. */
export function withValueAt<T>(values: T, path: ValuePath, value: unknown): T {
  const [step, ...rest] = path;
  if (step === undefined) return value as T;
  const base: Record<string | number, unknown> | unknown[] = Array.isArray(values)
    ? [...values]
    : { ...((values ?? {}) as Record<string, unknown>) };
  const next = withValueAt((base as Record<string | number, unknown>)[step], rest, value);
  if (next === undefined && !Array.isArray(base)) delete (base as Record<string | number, unknown>)[step];
  else (base as Record<string | number, unknown>)[step] = next;
  return base as T;
}

/** A path as the API's errors name it: `members.0.name`. */
export function pathKey(path: ValuePath): string {
  return path.join('.');
}

/** A typed number as a form value: a number when it is one, else the text (the server names the field). */
export function numberValue(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}
