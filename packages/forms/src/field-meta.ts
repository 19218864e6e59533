import type { LocalizedText } from './localized-text';

/** The kinds of field a form is built from; each is one builder of `fields`. */
export const FIELD_KINDS = [
  'text',
  'long-text',
  'integer',
  'decimal',
  'date',
  'choice',
  'multiple-choice',
  'yes-no',
  'mobile',
  'resident-id',
  'address',
  'attachment',
  'group',
] as const;

/** One of {@link FIELD_KINDS}. */
export type FieldKind = (typeof FIELD_KINDS)[number];

/** One option of a choice field: the stored value and its label. */
export interface ChoiceOption {
  value: string;
  label: LocalizedText;
}

/**
 * What a field builder records about its field, beside the zod checks: the kind, and what a renderer needs
 * that JSON Schema does not say (a unit, option labels, accepted file types). It travels in the JSON Schema
 * under the key {@link FIELD_META_KEY}.
 */
export interface FieldMeta {
  kind: FieldKind;
  /** Unit shown after a number, e.g. 亩 / mu. */
  unit?: LocalizedText | undefined;
  /** Digits after the decimal point a decimal field allows. */
  scale?: number | undefined;
  /** Labels of the values of a choice or multiple-choice field, in order. */
  options?: ChoiceOption[] | undefined;
  /** Earliest and latest date of a date field (`YYYY-MM-DD` or `today`). */
  min?: string | undefined;
  max?: string | undefined;
  /** Media types an attachment accepts, e.g. `image/jpeg`. */
  accept?: string[] | undefined;
  /** The largest file an attachment accepts, in bytes. */
  maxBytes?: number | undefined;
  /** How many files an attachment takes at most. */
  maxFiles?: number | undefined;
  /** The groups (村民小组) an address may name, when the village lists them. */
  groups?: string[] | undefined;
}

/** The JSON Schema key under which a field's {@link FieldMeta} travels. */
export const FIELD_META_KEY = 'x-cunshe';

/** A node of a form's JSON Schema, as `z.toJSONSchema` writes it. */
export interface JsonSchemaNode {
  type?: string | string[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  enum?: unknown[];
  [FIELD_META_KEY]?: FieldMeta;
  [key: string]: unknown;
}

/** The {@link FieldMeta} of a JSON Schema node, or undefined for a node no builder made. */
export function fieldMetaOf(node: JsonSchemaNode | undefined): FieldMeta | undefined {
  const meta = node?.[FIELD_META_KEY];
  return typeof meta === 'object' && meta !== null && typeof meta.kind === 'string' ? meta : undefined;
}

/**
 * The JSON Schema key listing an object's properties in the schema's order: PostgreSQL's `jsonb`, where a
 * county keeps each form version, sorts object keys, so the order must be written down.
 */
export const PROPERTY_ORDER_KEY = 'x-cunshe-order';

/** An object node's property names in the schema's order (see {@link PROPERTY_ORDER_KEY}). */
export function propertyNamesOf(node: JsonSchemaNode): string[] {
  const names = Object.keys(node.properties ?? {});
  const order = node[PROPERTY_ORDER_KEY];
  if (!Array.isArray(order)) return names;
  return [
    ...order.filter((name): name is string => names.includes(name as string)),
    ...names.filter((n) => !order.includes(n)),
  ];
}
