import { type DocumentField, type FormDocument, type FormLocale, fieldsOf } from '@cunshe/forms';

/** The datatypes of GeoReport v2 service attributes. */
export type AttributeDatatype =
  | 'string'
  | 'number'
  | 'datetime'
  | 'text'
  | 'singlevaluelist'
  | 'multivaluelist';

/** One attribute of a GeoReport v2 service definition. */
export interface ServiceAttribute {
  variable: boolean;
  code: string;
  datatype: AttributeDatatype;
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values?: { key: string; name: string }[];
}

/** How a field of the form travels as an Open311 attribute (`attribute[code]=value`). */
interface AttributeField {
  code: string;
  field: DocumentField;
  datatype: AttributeDatatype;
  required: boolean;
  description: string;
  format: string;
  values?: { key: string; name: string }[];
}

const FORMAT: Record<string, { 'zh-CN': string; en: string }> = {
  date: { 'zh-CN': '日期，格式 YYYY-MM-DD', en: 'A date, YYYY-MM-DD' },
  mobile: { 'zh-CN': '11 位大陆手机号码', en: 'An 11-digit mainland mobile number' },
  'resident-id': {
    'zh-CN': '18 位居民身份证号码（GB 11643）',
    en: 'An 18-character resident ID number (GB 11643)',
  },
  'yes-no': { 'zh-CN': 'true 或 false', en: 'true or false' },
  'multiple-choice': {
    'zh-CN': '可多选：attribute[代码][]=值，每个值一项',
    en: 'Several values: attribute[code][]=value, once per value',
  },
  'address.group': { 'zh-CN': '村民小组', en: "The villagers' group" },
  'address.detail': { 'zh-CN': '组内的门牌等详细地址', en: 'The rest of the address within the group' },
};

/**
 * The fields of a form that Open311 clients can fill in, as attributes: every top-level field but file
 * attachments and repeating groups (GeoReport v2 has flat values only; a form requiring one cannot be
 * filed through Open311, and filing says which field is missing). An address becomes two attributes,
 * `<field>.group` and `<field>.detail`.
 */
function attributeFields(document: FormDocument, locale: FormLocale): AttributeField[] {
  const result: AttributeField[] = [];
  for (const field of fieldsOf(document, document.jsonSchema)) {
    const meta = field.meta;
    const help = field.hint.help?.[locale] ?? field.hint.placeholder?.[locale];
    const unit = meta?.unit ? meta.unit[locale] : undefined;
    const base = {
      code: field.path,
      field,
      required: field.isRequired,
      description: field.label[locale],
      format: help ?? FORMAT[meta?.kind ?? '']?.[locale] ?? unit ?? '',
    };
    switch (meta?.kind) {
      case 'text':
      case 'mobile':
      case 'resident-id':
        result.push({ ...base, datatype: 'string' });
        break;
      case 'long-text':
        result.push({ ...base, datatype: 'text' });
        break;
      case 'integer':
      case 'decimal':
        result.push({ ...base, datatype: 'number' });
        break;
      case 'date':
        result.push({ ...base, datatype: 'datetime' });
        break;
      case 'choice':
      case 'multiple-choice':
        result.push({
          ...base,
          datatype: meta.kind === 'choice' ? 'singlevaluelist' : 'multivaluelist',
          values: (meta.options ?? []).map((o) => ({ key: o.value, name: o.label[locale] })),
        });
        break;
      case 'yes-no':
        result.push({
          ...base,
          datatype: 'singlevaluelist',
          values: [
            { key: 'true', name: locale === 'en' ? 'Yes' : '是' },
            { key: 'false', name: locale === 'en' ? 'No' : '否' },
          ],
        });
        break;
      case 'address': {
        const groups = meta.groups ?? [];
        result.push({
          ...base,
          code: `${field.path}.group`,
          required: false,
          description: `${field.label[locale]} · ${FORMAT['address.group']?.[locale]}`,
          format: '',
          ...(groups.length > 0
            ? { datatype: 'singlevaluelist' as const, values: groups.map((g) => ({ key: g, name: g })) }
            : { datatype: 'string' as const }),
        });
        result.push({
          ...base,
          code: `${field.path}.detail`,
          datatype: 'string',
          description: `${field.label[locale]} · ${FORMAT['address.detail']?.[locale]}`,
        });
        break;
      }
      default:
        break;
    }
  }
  return result;
}

/** A form's fields as GeoReport v2 service attributes, in the form's order (from 1), labels in `locale`. */
export function serviceAttributes(document: FormDocument, locale: FormLocale): ServiceAttribute[] {
  return attributeFields(document, locale).map((a, index) => ({
    variable: true,
    code: a.code,
    datatype: a.datatype,
    required: a.required,
    datatype_description: a.format,
    order: index + 1,
    description: a.description,
    ...(a.values ? { values: a.values } : {}),
  }));
}

function coerce(kind: string | undefined, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  switch (kind) {
    case 'integer':
    case 'decimal':
      return text !== '' && Number.isFinite(Number(text)) ? Number(text) : value;
    case 'yes-no':
      if (['true', '1', 'yes', '是'].includes(text.toLowerCase())) return true;
      if (['false', '0', 'no', '否'].includes(text.toLowerCase())) return false;
      return value;
    case 'multiple-choice':
      return text === '' ? [] : [text];
    default:
      return value;
  }
}

/**
 * The form's data from Open311 attributes (`code -> value`, values as strings or, from JSON, as given):
 * numbers and yes/no parsed from their text, a lone value of a multiple choice made a list, an address
 * put back together from its `.group` and `.detail`. Codes the form does not have are answered as
 * unknown, so a typo is not silently dropped.
 */
export function formDataOfAttributes(
  document: FormDocument,
  attributes: Record<string, unknown>,
): { data: Record<string, unknown>; unknownCodes: string[] } {
  const fields = attributeFields(document, 'zh-CN');
  const data: Record<string, unknown> = {};
  const unknownCodes: string[] = [];
  for (const [code, value] of Object.entries(attributes)) {
    const attribute = fields.find((f) => f.code === code);
    if (!attribute) {
      unknownCodes.push(code);
      continue;
    }
    const kind = attribute.field.meta?.kind;
    if (kind === 'address') {
      const part = code.slice(attribute.field.path.length + 1);
      const address = (data[attribute.field.path] ?? {}) as Record<string, unknown>;
      if (typeof value === 'string' && value.trim() !== '') address[part] = value;
      data[attribute.field.path] = address;
    } else {
      data[attribute.field.path] = coerce(kind, value);
    }
  }
  return { data, unknownCodes };
}
