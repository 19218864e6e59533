/** One field that an audited write changed (or set, or removed). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

// Bookkeeping that changes with every write and says nothing about what changed.
const ignoredFields = new Set(['id', 'tenantId', 'createdAt', 'updatedAt']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A field that is null and one that is absent say the same: nothing.
function isSame(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

// In a creation, a field left empty or false says nothing about what was created.
function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === false || value === '';
}

/**
 * The fields an audit entry's `before` and `after` snapshots differ in, in the order they appear, without
 * bookkeeping fields. A snapshot that is not an object counts as one field named `value`. When only `after`
 * exists (a creation, a login), every field of it that is set is listed.
 */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    return isSame(before ?? null, after ?? null) ? [] : [{ field: 'value', before, after }];
  }
  const isCreation = !isRecord(before);
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return fields
    .filter((field) => !ignoredFields.has(field) && !isSame(from[field], to[field]))
    .filter((field) => !isCreation || !isBlank(to[field]))
    .map((field) => ({ field, before: from[field], after: to[field] }));
}

/** What an entry is about, for people: a village's or user's name and code, from its snapshots. */
export function subjectOf(before: unknown, after: unknown): string | undefined {
  const snapshot = isRecord(after) ? after : isRecord(before) ? before : undefined;
  if (!snapshot) return undefined;
  const name = snapshot.name ?? snapshot.displayName;
  const code = snapshot.code ?? snapshot.username;
  if (typeof name === 'string' && typeof code === 'string') return `${name}（${code}）`;
  if (typeof name === 'string') return name;
  return typeof code === 'string' ? code : undefined;
}
