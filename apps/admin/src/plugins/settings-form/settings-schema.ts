import { isLocalizedText } from '../plugin-text';
import type { LocalizedText } from '../plugins-api';

/** How a setting is edited: the JSON Schema types the form renders, and `unsupported` for the rest. */
export type SettingKind = 'text' | 'number' | 'integer' | 'boolean' | 'choice' | 'unsupported';

/** One choice of a `choice` setting; the label comes from the form field's metadata when it has one. */
export interface SettingOption {
  value: string | number | boolean;
  label?: LocalizedText;
}

/** One top-level setting of a plugin, read from its settings' JSON Schema. */
export interface SettingField {
  key: string;
  kind: SettingKind;
  /** `x-cunshe-label` (both languages) or the schema's `title`; the form falls back to the key. */
  title?: string | LocalizedText;
  /** `x-cunshe-hint` (both languages) or the schema's `description`. */
  description?: string | LocalizedText;
  /** The plugin's default, when the schema has one. */
  default?: unknown;
  options: SettingOption[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

// zod writes `.nullable()` as `anyOf: [<schema>, { type: 'null' }]`; the form edits the non-null member.
function withoutNull(node: Node): Node {
  const members = Array.isArray(node.anyOf) ? node.anyOf.filter(isNode) : [];
  const nonNull = members.filter((member) => member.type !== 'null');
  const [only] = nonNull;
  return nonNull.length === 1 && only ? { ...only, ...node, anyOf: undefined } : node;
}

function kindOf(node: Node): SettingKind {
  if (Array.isArray(node.enum) && node.enum.length > 0) return 'choice';
  switch (node.type) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'integer':
      return 'integer';
    case 'boolean':
      return 'boolean';
    default:
      return 'unsupported';
  }
}

function optionLabels(node: Node): Map<unknown, LocalizedText> {
  // Fields built with @cunshe/forms carry their choices' labels in `x-cunshe.options`.
  const meta = node['x-cunshe'];
  const options = isNode(meta) && Array.isArray(meta.options) ? meta.options.filter(isNode) : [];
  return new Map(
    options.flatMap((option) => (isLocalizedText(option.label) ? [[option.value, option.label]] : [])),
  );
}

const numberOr = (value: unknown) => (typeof value === 'number' ? value : undefined);
const textOr = (value: unknown) => (typeof value === 'string' || isLocalizedText(value) ? value : undefined);

/**
 * The top-level settings of a plugin's settings schema (`z.toJSONSchema` of its zod object), in the schema's
 * order (or its `x-cunshe-order`). Strings, numbers, integers, booleans and enums are editable; anything
 * else is `unsupported` and shown read-only.
 */
export function settingFieldsOf(schema: Record<string, unknown> | null): SettingField[] {
  const properties = isNode(schema?.properties) ? schema.properties : {};
  const names = Object.keys(properties);
  const order = Array.isArray(schema?.['x-cunshe-order'])
    ? schema['x-cunshe-order'].filter((name): name is string => names.includes(name as string))
    : [];
  const ordered = [...order, ...names.filter((name) => !order.includes(name))];
  return ordered.flatMap((key) => {
    const raw = properties[key];
    if (!isNode(raw)) return [];
    const node = withoutNull(raw);
    const kind = kindOf(node);
    const labels = optionLabels(node);
    const options: SettingOption[] =
      kind === 'choice'
        ? (node.enum as unknown[])
            .filter((value): value is string | number | boolean =>
              ['string', 'number', 'boolean'].includes(typeof value),
            )
            .map((value) => {
              const label = labels.get(value);
              return label ? { value, label } : { value };
            })
        : [];
    const field: SettingField = { key, kind, options };
    // A bilingual label and hint travel as `x-cunshe-label` / `x-cunshe-hint` (zod types `title` as a string):
    // `z.string().meta({ 'x-cunshe-label': { 'zh-CN': '开放时间', en: 'Opening hours' } })`.
    const title = textOr(node['x-cunshe-label']) ?? textOr(node.title);
    const description = textOr(node['x-cunshe-hint']) ?? textOr(node.description);
    if (title !== undefined) field.title = title;
    if (description !== undefined) field.description = description;
    if ('default' in node) field.default = node.default;
    const bounds = {
      minLength: numberOr(node.minLength),
      maxLength: numberOr(node.maxLength),
      minimum: numberOr(node.minimum),
      maximum: numberOr(node.maximum),
    };
    for (const [name, value] of Object.entries(bounds)) {
      if (value !== undefined) field[name as keyof typeof bounds] = value;
    }
    return [field];
  });
}

/** A readable label from a settings key when the schema has no title: `helpStationHours` -> `Help station hours`. */
export function labelFromKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
