import { type FieldMeta, fieldMetaOf, type JsonSchemaNode, propertyNamesOf } from './field-meta';

/** A field's value met while walking a submission's data. */
export interface VisitedField {
  /** Where the value is, with entry indices: `members.1.idNumber`. */
  path: string;
  /** The field's path without indices: the key of its label and hint. */
  fieldPath: string;
  meta: FieldMeta;
  node: JsonSchemaNode;
  value: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Rebuilds a submission's data field by field: `replace` answers a field's new value, or `undefined` to
 * keep it. Repeating groups are walked entry by entry. Used to seal ID numbers, mask them, and move
 * attachment contents out of the data.
 * @example
 * const masked = mapFields(document.jsonSchema, data, (f) => f.meta.kind === 'resident-id' ? mask(String(f.value)) : undefined);
 */
export function mapFields(
  node: JsonSchemaNode,
  data: unknown,
  replace: (field: VisitedField) => unknown,
  prefix = { path: '', fieldPath: '' },
): unknown {
  if (!isRecord(data)) return data;
  const result: Record<string, unknown> = { ...data };
  for (const name of propertyNamesOf(node)) {
    const child = node.properties?.[name] ?? {};
    if (!(name in data) || data[name] === undefined) continue;
    const meta = fieldMetaOf(child);
    const path = prefix.path ? `${prefix.path}.${name}` : name;
    const fieldPath = prefix.fieldPath ? `${prefix.fieldPath}.${name}` : name;
    const value = data[name];
    if (meta?.kind === 'group' && Array.isArray(value) && child.items) {
      const entries = child.items;
      result[name] = value.map((entry, index) =>
        mapFields(entries, entry, replace, { path: `${path}.${index}`, fieldPath }),
      );
      continue;
    }
    if (!meta) continue;
    const replaced = replace({ path, fieldPath, meta, node: child, value });
    if (replaced !== undefined) result[name] = replaced;
  }
  return result;
}

/** Every field value of a submission's data (groups entry by entry), in the schema's order. */
export function visitFields(node: JsonSchemaNode, data: unknown): VisitedField[] {
  const visited: VisitedField[] = [];
  mapFields(node, data, (field) => {
    visited.push(field);
    return undefined;
  });
  return visited;
}
