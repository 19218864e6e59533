import type { Locale } from '../i18n/catalogs';

/** Bilingual text as the API sends it. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/** The kinds of field a form has (see `@cunshe/forms`). */
export type FieldKind =
  | 'text'
  | 'long-text'
  | 'integer'
  | 'decimal'
  | 'date'
  | 'choice'
  | 'multiple-choice'
  | 'yes-no'
  | 'mobile'
  | 'resident-id'
  | 'address'
  | 'attachment'
  | 'group';

/** What the server's field builders record about a field, under `x-cunshe` in the JSON Schema. */
export interface FieldMeta {
  kind: FieldKind;
  unit?: LocalizedText;
  scale?: number;
  options?: { value: string; label: LocalizedText }[];
  min?: string;
  max?: string;
  accept?: string[];
  maxBytes?: number;
  maxFiles?: number;
  groups?: string[];
}

/** A node of a form's JSON Schema (`z.toJSONSchema` of the form's zod schema). */
export interface JsonSchemaNode {
  type?: string | string[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  'x-cunshe'?: FieldMeta;
  'x-cunshe-order'?: string[];
}

/** When a field is shown: a condition on a sibling's value. */
export interface FormCondition {
  field: string;
  equals?: string | number | boolean;
  in?: (string | number | boolean)[];
}

/** How a field is presented. */
export interface FieldHint {
  widget?: 'input' | 'textarea' | 'select' | 'radio' | 'checkboxes' | 'switch';
  placeholder?: LocalizedText;
  help?: LocalizedText;
  order?: number;
  section?: string;
  showWhen?: FormCondition;
  isRequiredWhenShown?: boolean;
}

/** A form as the API describes it: JSON Schema plus labels, hints and sections. */
export interface FormDocument {
  key: string;
  version: number;
  title: LocalizedText;
  description: LocalizedText | null;
  station: string | null;
  isServiceRequest: boolean;
  dueInHours: number | null;
  jsonSchema: JsonSchemaNode;
  labels: Record<string, LocalizedText>;
  hints: Record<string, FieldHint>;
  sections: { key: string; title: LocalizedText; description?: LocalizedText }[];
}

/** One field of a document, where it sits and how it is presented. */
export interface DocumentField {
  name: string;
  /** The path without entry indices (`members.idNumber`): the key of its label and hint. */
  path: string;
  node: JsonSchemaNode;
  meta: FieldMeta | undefined;
  isRequired: boolean;
  label: LocalizedText;
  hint: FieldHint;
}

/** An object node's property names in the schema's order (the stored `x-cunshe-order`, jsonb sorts keys). */
function propertyNames(node: JsonSchemaNode): string[] {
  const names = Object.keys(node.properties ?? {});
  const order = node['x-cunshe-order'];
  if (!order) return names;
  return [...order.filter((name) => names.includes(name)), ...names.filter((name) => !order.includes(name))];
}

/** The fields of one object of a document in the order they are shown (by hint `order`, then schema order). */
export function fieldsOf(document: FormDocument, node: JsonSchemaNode, prefix = ''): DocumentField[] {
  const required = new Set(node.required ?? []);
  return propertyNames(node)
    .map((name, index) => {
      const path = prefix ? `${prefix}.${name}` : name;
      const child = node.properties?.[name] ?? {};
      const field: DocumentField = {
        name,
        path,
        node: child,
        meta: child['x-cunshe'],
        isRequired: required.has(name),
        label: document.labels[path] ?? { 'zh-CN': name, en: name },
        hint: document.hints[path] ?? {},
      };
      return { field, index };
    })
    .sort((a, b) => (a.field.hint.order ?? a.index) - (b.field.hint.order ?? b.index) || a.index - b.index)
    .map(({ field }) => field);
}

/** Whether a field with a `showWhen` condition is shown, given its siblings' values. */
export function isShown(condition: FormCondition | undefined, siblings: Record<string, unknown>): boolean {
  if (!condition) return true;
  const value = siblings[condition.field];
  const values = Array.isArray(value) ? value : [value];
  if (condition.equals !== undefined && values.includes(condition.equals)) return true;
  return condition.in?.some((candidate) => values.includes(candidate)) ?? false;
}

/** A label, with the unit of a number field: `参保人数（人）`. */
export function labelOf(field: Pick<DocumentField, 'label' | 'meta'>, locale: Locale): string {
  const unit = field.meta?.unit?.[locale];
  if (!unit) return field.label[locale];
  return locale === 'en' ? `${field.label.en} (${unit})` : `${field.label['zh-CN']}（${unit}）`;
}

/** A byte count as people read it. */
export function sizeLabel(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}
