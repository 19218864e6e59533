import type { z } from 'zod';
import type { LocalizedText } from './localized-text';

/** An invalid field of a form, with its message in both languages and a stable code a client may translate. */
export interface FormFieldError {
  /** The field's path in the form's data, e.g. `members.1.idNumber`. */
  path: string;
  /** A stable code: a zod issue code, or the key of a form check (`resident-id.check-digit`). */
  code: string;
  messages: LocalizedText;
}

type Template = LocalizedText | ((values: Record<string, unknown>) => LocalizedText);

// Messages of the form checks (their `params.key`), worded for the person at the counter.
const CHECKS: Record<string, Template> = {
  required: { 'zh-CN': '此项必填', en: 'This field is required' },
  'decimal.scale': (v) => ({
    'zh-CN': `最多 ${v.scale} 位小数`,
    en: `At most ${v.scale} digits after the decimal point`,
  }),
  'date.min': (v) => ({
    'zh-CN': `不能早于 ${dateLabel(v.min, 'zh-CN')}`,
    en: `Not before ${dateLabel(v.min, 'en')}`,
  }),
  'date.max': (v) => ({
    'zh-CN': `不能晚于 ${dateLabel(v.max, 'zh-CN')}`,
    en: `Not after ${dateLabel(v.max, 'en')}`,
  }),
  'choice.unique': { 'zh-CN': '每个选项只能选一次', en: 'Choose each option once' },
  'mobile.format': {
    'zh-CN': '请输入 11 位手机号码（以 13-19 开头，可带 +86）',
    en: 'Enter an 11-digit mainland mobile number starting with 13-19 (+86 allowed)',
  },
  'resident-id.empty': { 'zh-CN': '请输入身份证号码', en: 'Enter the resident ID number' },
  'resident-id.length': { 'zh-CN': '身份证号码应为 18 位', en: 'A resident ID number has 18 characters' },
  'resident-id.format': {
    'zh-CN': '身份证号码应为 17 位数字加 1 位数字或 X',
    en: 'A resident ID number is 17 digits followed by a digit or X',
  },
  'resident-id.birth-date': {
    'zh-CN': '身份证号码中的出生日期（第 7-14 位）不是有效日期',
    en: 'The birth date in the ID number (characters 7-14) is not a real date',
  },
  'resident-id.check-digit': {
    'zh-CN': '身份证号码校验位不正确，请核对',
    en: 'The check character of the ID number is wrong; check the number',
  },
  'attachment.type': { 'zh-CN': '不支持此文件类型', en: 'This file type is not accepted' },
  'attachment.size': (v) => ({
    'zh-CN': `文件不能超过 ${sizeLabel(Number(v.maxBytes))}`,
    en: `A file may be at most ${sizeLabel(Number(v.maxBytes))}`,
  }),
  'attachment.content': {
    'zh-CN': '文件内容与文件类型不符',
    en: 'The file content does not match its type',
  },
  'condition.hidden': { 'zh-CN': '此项当前不适用，请清空', en: 'This field does not apply; leave it empty' },
};

function dateLabel(value: unknown, locale: keyof LocalizedText): string {
  if (value === 'today') return locale === 'en' ? 'today' : '今天';
  return String(value);
}

/** A byte count as people read it: `512 KB`, `1.5 MB`. */
export function sizeLabel(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

/** The messages of a form check by its key (e.g. `resident-id.check-digit`), filled with `values`. */
export function checkMessages(key: string, values: Record<string, unknown> = {}): LocalizedText | undefined {
  const template = CHECKS[key];
  return typeof template === 'function' ? template(values) : template;
}

// With `reportInput`, an issue carries its input: a missing answer fails as a wrong type or as no option.
const isMissing = (issue: z.core.$ZodIssue & { input?: unknown }) =>
  (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
  'input' in issue &&
  (issue.input === undefined || issue.input === null);

function sizeMessages(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): LocalizedText {
  const isSmall = issue.code === 'too_small';
  const bound = String(isSmall ? issue.minimum : issue.maximum);
  switch (issue.origin) {
    case 'string':
      return isSmall
        ? {
            'zh-CN': bound === '1' ? '此项必填' : `至少 ${bound} 个字`,
            en: bound === '1' ? 'This field is required' : `At least ${bound} characters`,
          }
        : { 'zh-CN': `最多 ${bound} 个字`, en: `At most ${bound} characters` };
    case 'array':
    case 'set':
      return isSmall
        ? { 'zh-CN': `至少 ${bound} 项`, en: `At least ${bound} ${bound === '1' ? 'entry' : 'entries'}` }
        : { 'zh-CN': `最多 ${bound} 项`, en: `At most ${bound} entries` };
    default:
      return isSmall
        ? { 'zh-CN': `不能小于 ${bound}`, en: `Must be at least ${bound}` }
        : { 'zh-CN': `不能大于 ${bound}`, en: `Must be at most ${bound}` };
  }
}

/**
 * The bilingual messages of one zod issue of a form: a form check by its key, a missing field as
 * "required", sizes, types and formats in words for the person at the counter.
 */
export function issueMessages(issue: z.core.$ZodIssue & { input?: unknown }): {
  code: string;
  messages: LocalizedText;
} {
  const key = (issue as { params?: { key?: unknown } }).params?.key;
  if (typeof key === 'string') {
    const messages = checkMessages(key, (issue as { params?: Record<string, unknown> }).params);
    if (messages) return { code: key, messages };
  }
  if (isMissing(issue)) return { code: 'required', messages: CHECKS.required as LocalizedText };
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
      return { code: issue.code, messages: sizeMessages(issue) };
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') {
        return {
          code: issue.code,
          messages:
            (issue as { format?: string }).format === 'safeint' || issue.expected === 'int'
              ? { 'zh-CN': '请输入整数', en: 'Enter a whole number' }
              : { 'zh-CN': '请输入数字', en: 'Enter a number' },
        };
      }
      if (issue.expected === 'boolean')
        return { code: issue.code, messages: { 'zh-CN': '请选择是或否', en: 'Choose yes or no' } };
      if (issue.expected === 'array')
        return { code: issue.code, messages: { 'zh-CN': '请选择或添加', en: 'Choose or add entries' } };
      return { code: issue.code, messages: { 'zh-CN': '格式不正确', en: 'This value has the wrong form' } };
    case 'invalid_format':
      if (issue.format === 'date') {
        return {
          code: issue.code,
          messages: { 'zh-CN': '请输入有效日期（年-月-日）', en: 'Enter a real date (YYYY-MM-DD)' },
        };
      }
      if (issue.format === 'base64') {
        return {
          code: issue.code,
          messages: { 'zh-CN': '文件内容无法读取', en: 'The file content cannot be read' },
        };
      }
      return { code: issue.code, messages: { 'zh-CN': '格式不正确', en: 'This value has the wrong form' } };
    case 'invalid_value':
      return { code: issue.code, messages: { 'zh-CN': '请从选项中选择', en: 'Choose one of the options' } };
    case 'not_multiple_of':
      return {
        code: issue.code,
        messages: { 'zh-CN': '数值精度不符', en: 'Too many digits after the point' },
      };
    case 'unrecognized_keys':
      return { code: issue.code, messages: { 'zh-CN': '包含未知的项', en: 'Contains unknown fields' } };
    default:
      return { code: issue.code, messages: { 'zh-CN': '填写有误', en: 'This value is not valid' } };
  }
}
