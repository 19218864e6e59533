/**
 * Requests built from the app's own OpenAPI document, so that a probe reaches a route's handler rather than
 * its validation: every body field and query parameter gets a valid value, and the "slots" that point at
 * data (UUIDs, division codes, search text) are filled with the other scope's ids, codes and names.
 */

/** What a slot points at: a row by UUID, a division by code, or rows by search text. */
export type SlotKind = 'uuid' | 'code' | 'text';

/** A JSON Schema object as found in the OpenAPI document (only what sampling needs). */
interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  example?: unknown;
  examples?: unknown[];
  default?: unknown;
  minimum?: number;
  minLength?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: JsonSchema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** The parts of an OpenAPI 3.1 document the probes read. */
export interface OpenApiDocument {
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** The values slots get in one probe: the candidate for its kind, harmless defaults for the others. */
export interface SlotValues {
  uuid: string;
  code: string;
  text: string;
}

function resolve(doc: OpenApiDocument, schema: JsonSchema | undefined): JsonSchema {
  let current = schema ?? {};
  for (let depth = 0; current.$ref && depth < 20; depth++) {
    const name = current.$ref.split('/').at(-1) ?? '';
    current = doc.components?.schemas?.[name] ?? {};
  }
  return current;
}

function typeOf(schema: JsonSchema): string | undefined {
  const types = Array.isArray(schema.type) ? schema.type.filter((t) => t !== 'null') : [schema.type];
  return types[0];
}

function kindOf(name: string, schema: JsonSchema): SlotKind | null {
  if (schema.format === 'uuid') return 'uuid';
  if (typeOf(schema) !== 'string' || schema.enum || schema.format) return null;
  if (/code$/i.test(name)) return 'code';
  return null;
}

function sample(
  doc: OpenApiDocument,
  raw: JsonSchema | undefined,
  name: string,
  values: SlotValues,
  depth: number,
): unknown {
  const schema = resolve(doc, raw);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    const usable = options.map((o) => resolve(doc, o)).find((o) => typeOf(o) !== 'null' && o.type !== 'null');
    return sample(doc, usable, name, values, depth);
  }
  if (schema.allOf?.[0]) return sample(doc, schema.allOf[0], name, values, depth);
  const kind = kindOf(name, schema);
  if (kind === 'uuid' || kind === 'code') return values[kind];
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.[0] !== undefined) return schema.examples[0];
  if (schema.enum?.[0] !== undefined) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  switch (typeOf(schema)) {
    case 'object': {
      if (depth > 6) return {};
      const entries = Object.entries(schema.properties ?? {}).map(([key, value]) => [
        key,
        sample(doc, value, key, values, depth + 1),
      ]);
      return Object.fromEntries(entries);
    }
    case 'array':
      return depth > 6 ? [] : [sample(doc, schema.items, name, values, depth + 1)];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'string':
      if (schema.format === 'date-time') return new Date().toISOString();
      if (schema.format === 'date') return new Date().toISOString().slice(0, 10);
      return 'probe'.padEnd(schema.minLength ?? 0, 'x');
    default:
      return null;
  }
}

function operationOf(doc: OpenApiDocument, method: string, path: string): Operation | undefined {
  return doc.paths?.[path]?.[method.toLowerCase()];
}

/** The slot kinds of a route (path parameters, query parameters, body fields), so probes fill only those. */
export function slotKindsOf(
  doc: OpenApiDocument,
  method: string,
  path: string,
  params: string[],
): Set<SlotKind> {
  const kinds = new Set<SlotKind>();
  const operation = operationOf(doc, method, path);
  for (const name of params) {
    const declared = operation?.parameters?.find((p) => p.in === 'path' && p.name === name);
    const schema = resolve(doc, declared?.schema);
    const kind = declared ? kindOf(name, schema) : null;
    if (kind) kinds.add(kind);
    // An undocumented or untyped path parameter gets every kind of candidate.
    else for (const every of ['uuid', 'code', 'text'] as const) kinds.add(every);
  }
  for (const parameter of operation?.parameters ?? []) {
    if (parameter.in !== 'query') continue;
    const schema = resolve(doc, parameter.schema);
    const kind = kindOf(parameter.name, schema);
    if (kind) kinds.add(kind);
    else if (typeOf(schema) === 'string' && !schema.enum && !schema.format) kinds.add('text');
  }
  const body = JSON.stringify(operation?.requestBody?.content?.['application/json']?.schema ?? {});
  if (body !== '{}') {
    const probe = sample(
      doc,
      operation?.requestBody?.content?.['application/json']?.schema,
      '',
      { uuid: '\u0001u', code: '\u0001c', text: '' },
      0,
    );
    const text = JSON.stringify(probe);
    if (text.includes('\\u0001u')) kinds.add('uuid');
    if (text.includes('\\u0001c')) kinds.add('code');
  }
  return kinds;
}

/** The value of a path parameter for this probe. */
export function pathValue(
  doc: OpenApiDocument,
  method: string,
  path: string,
  name: string,
  values: SlotValues,
  kind: SlotKind,
): string {
  const declared = operationOf(doc, method, path)?.parameters?.find(
    (p) => p.in === 'path' && p.name === name,
  );
  const declaredKind = declared ? kindOf(name, resolve(doc, declared.schema)) : null;
  return values[declaredKind ?? kind];
}

/** The query string of a probe: data slots filled, other documented parameters left to their defaults. */
export function queryOf(doc: OpenApiDocument, method: string, path: string, values: SlotValues): string {
  const search = new URLSearchParams();
  for (const parameter of operationOf(doc, method, path)?.parameters ?? []) {
    if (parameter.in !== 'query') continue;
    const schema = resolve(doc, parameter.schema);
    const kind = kindOf(parameter.name, schema);
    if (kind) search.set(parameter.name, values[kind]);
    else if (typeOf(schema) === 'string' && !schema.enum && !schema.format && values.text) {
      search.set(parameter.name, values.text);
    }
  }
  const query = search.toString();
  return query ? `?${query}` : '';
}

/**
 * A JSON body valid for the route's schema, with UUID and code fields set to the probe's values; text
 * fields keep their examples (a victim's name written into the caller's own county would later show up
 * in the caller's own lists and look like a leak). Undefined when the route takes no JSON body.
 */
export function bodyOf(doc: OpenApiDocument, method: string, path: string, values: SlotValues): unknown {
  const schema = operationOf(doc, method, path)?.requestBody?.content?.['application/json']?.schema;
  return schema ? sample(doc, schema, '', values, 0) : undefined;
}
