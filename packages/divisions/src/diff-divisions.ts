/** A division as the source gives it: code and (display) name. */
export interface SourceDivision {
  code: string;
  name: string;
}

/** A division as a tenant holds it. */
export interface HeldDivision extends SourceDivision {
  isRetired: boolean;
}

/** How a tenant's divisions differ from a source. Nothing is ever deleted: vanished rows are retired. */
export interface DivisionDiff<T extends SourceDivision> {
  added: T[];
  renamed: T[];
  /** Retired rows that are back in the source (with their name, changed or not). */
  restored: T[];
  /** Codes held and not retired that the source no longer has. */
  retired: string[];
  /** Rows left as they are, retired rows still absent from the source included. */
  unchanged: number;
}

/** Compares the divisions a tenant holds with a source, by code. */
export function diffDivisions<T extends SourceDivision>(
  held: readonly HeldDivision[],
  source: readonly T[],
): DivisionDiff<T> {
  const byCode = new Map(held.map((h) => [h.code, h]));
  const diff: DivisionDiff<T> = { added: [], renamed: [], restored: [], retired: [], unchanged: 0 };
  for (const row of source) {
    const old = byCode.get(row.code);
    if (old === undefined) diff.added.push(row);
    else if (old.isRetired) diff.restored.push(row);
    else if (old.name !== row.name) diff.renamed.push(row);
    else diff.unchanged++;
  }
  const codes = new Set(source.map((s) => s.code));
  for (const h of held) {
    if (codes.has(h.code)) continue;
    if (h.isRetired) diff.unchanged++;
    else diff.retired.push(h.code);
  }
  return diff;
}
