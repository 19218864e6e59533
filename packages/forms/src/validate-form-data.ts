import type { z } from 'zod';
import { isShown } from './conditions';
import type { JsonSchemaNode } from './field-meta';
import type { FormDefinition } from './form-definition';
import { entryNodeOf, type FormDocument, fieldsOf, formDocumentOf } from './form-document';
import { checkMessages, type FormFieldError, issueMessages } from './messages';

/** The outcome of {@link validateFormData}: the normalised data, or every invalid field. */
export type FormValidation<T> = { isValid: true; data: T } | { isValid: false; errors: FormFieldError[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Drops empty answers (`''`, `null`) so that an empty optional field is absent and a required one "required". */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (!isRecord(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (child === '' || child === null || child === undefined) continue;
    result[key] = withoutEmpty(child);
  }
  return result;
}

/** Drops the values of hidden fields and reports conditional fields that are shown but empty. */
function applyConditions(
  document: FormDocument,
  node: JsonSchemaNode,
  data: Record<string, unknown>,
  prefix: { path: string; fieldPath: string },
  errors: FormFieldError[],
): Record<string, unknown> {
  const result = { ...data };
  for (const field of fieldsOf(document, node, prefix.fieldPath)) {
    const path = prefix.path ? `${prefix.path}.${field.name}` : field.name;
    if (field.hint.showWhen && !isShown(field.hint.showWhen, data)) {
      delete result[field.name];
      continue;
    }
    if (field.hint.showWhen && field.hint.isRequiredWhenShown && result[field.name] === undefined) {
      errors.push({ path, code: 'required', messages: checkMessages('required') ?? { 'zh-CN': '', en: '' } });
    }
    const entry = entryNodeOf(field);
    const value = result[field.name];
    if (entry && Array.isArray(value)) {
      result[field.name] = value.map((item, index) =>
        isRecord(item)
          ? applyConditions(
              document,
              entry,
              item,
              { path: `${path}.${index}`, fieldPath: field.path },
              errors,
            )
          : item,
      );
    }
  }
  return result;
}

/**
 * Validates a submission's data with its form: empty answers are dropped, hidden fields' values too, then
 * the form's zod schema checks and normalises the rest (trimmed text, 11-digit mobile numbers, ID numbers
 * with an upper-case `X`). Each invalid field is reported once, at its path, in both languages.
 * @example
 * const result = validateFormData(joinForm, body.data);
 * if (!result.isValid) throw new InputError('Invalid form', result.errors.map((e) => ({ path: `data.${e.path}`, message: e.messages[locale] })));
 */
export function validateFormData<S extends z.ZodObject>(
  form: FormDefinition<S>,
  input: unknown,
): FormValidation<z.output<S>> {
  const document = formDocumentOf(form);
  const errors: FormFieldError[] = [];
  const cleaned = withoutEmpty(input);
  const prepared = isRecord(cleaned)
    ? applyConditions(document, document.jsonSchema, cleaned, { path: '', fieldPath: '' }, errors)
    : cleaned;
  const parsed = form.schema.safeParse(prepared, { reportInput: true });
  if (parsed.success && errors.length === 0) return { isValid: true, data: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    errors.push({ path: issue.path.map(String).join('.'), ...issueMessages(issue) });
  }
  const seen = new Set<string>();
  return {
    isValid: false,
    errors: errors.filter((error) => !seen.has(error.path) && seen.add(error.path) !== undefined),
  };
}
