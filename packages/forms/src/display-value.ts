import { fieldMetaOf, type JsonSchemaNode } from './field-meta';
import { type FormDocument, fieldsOf } from './form-document';
import type { FormLocale } from './localized-text';

const YES_NO = { 'zh-CN': ['是', '否'], en: ['Yes', 'No'] } as const;

/**
 * A stored field value as one line of text for a reader (a ledger cell, a summary): option labels for
 * choices, 是/否 for yes-no, the unit after a number, the group before an address, file names for
 * attachments, and `label：value` pairs for the entries of a repeating group, one entry per line.
 */
export function displayValue(
  document: Pick<FormDocument, 'labels' | 'hints'>,
  node: JsonSchemaNode,
  value: unknown,
  locale: FormLocale,
  fieldPath = '',
): string {
  if (value === undefined || value === null) return '';
  const meta = fieldMetaOf(node);
  switch (meta?.kind) {
    case 'integer':
    case 'decimal':
      return meta.unit ? `${String(value)} ${meta.unit[locale]}` : String(value);
    case 'choice':
      return meta.options?.find((o) => o.value === value)?.label[locale] ?? String(value);
    case 'multiple-choice':
      return (Array.isArray(value) ? value : [value])
        .map((v) => meta.options?.find((o) => o.value === v)?.label[locale] ?? String(v))
        .join(locale === 'en' ? ', ' : '、');
    case 'yes-no':
      return YES_NO[locale][value === true ? 0 : 1];
    case 'address': {
      const { group, detail } = value as { group?: string; detail?: string };
      return [group, detail].filter(Boolean).join(' ');
    }
    case 'attachment':
      return (Array.isArray(value) ? value : [])
        .map((file) => String((file as { name?: unknown }).name ?? ''))
        .join(locale === 'en' ? ', ' : '、');
    case 'group': {
      if (!Array.isArray(value) || !node.items) return '';
      const entry = node.items;
      return value
        .map((item, index) => {
          const parts = fieldsOf(document, entry, fieldPath)
            .filter((f) => (item as Record<string, unknown>)[f.name] !== undefined)
            .map(
              (f) =>
                `${f.label[locale]}${locale === 'en' ? ': ' : '：'}${displayValue(document, f.node, (item as Record<string, unknown>)[f.name], locale, f.path)}`,
            );
          return `${index + 1}. ${parts.join(locale === 'en' ? '; ' : '；')}`;
        })
        .join('\n');
    }
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}
