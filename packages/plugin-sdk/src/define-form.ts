import { checkFormDefinition, type FormDefinition } from '@cunshe/forms';
import type { z } from 'zod';

export {
  type FieldHint,
  type FieldKind,
  type FormCondition,
  type FormDefinition,
  type FormSection,
  type FormWidget,
  type FormWorkflow,
  fields,
  todayInChina,
} from '@cunshe/forms';

/** Raised by {@link defineForm} for a form the admin could not render; the message names each member at fault. */
export class FormDefinitionError extends Error {
  override name = 'FormDefinitionError';
  constructor(
    readonly formKey: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(
      `Form "${formKey}" cannot be used:\n${issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n')}`,
    );
  }
}

/**
 * Declares a versioned form. Build the schema from `fields` (each kind renders as its widget: text, long
 * text, integer and decimal with units, date, single and multiple choice, yes/no, mobile number, resident ID
 * number, address within the village, attachment, repeating group); give every field a label in both
 * languages; hint how it is shown (widget, placeholder, help, order, section, a condition on a sibling's
 * value). Raise `version` whenever the form changes: submissions keep the version they were made with.
 * @throws FormDefinitionError when a field lacks a label or a kind, or a hint names no field, section or sibling.
 * @example
 * export const pensionForm = defineForm({
 *   key: 'pension',
 *   version: 1,
 *   title: { 'zh-CN': '城乡居民养老保险缴费', en: 'Rural pension contribution' },
 *   station: 'social-insurance-point',
 *   workflow: { dueInHours: 72 },
 *   schema: z.object({
 *     idNumber: fields.residentId(),
 *     grade: fields.choice([{ value: '200', label: { 'zh-CN': '200 元档', en: 'CNY 200' } }]),
 *     isFirstTime: fields.yesNo(),
 *     previousPlace: fields.text().optional(),
 *   }),
 *   labels: {
 *     idNumber: { 'zh-CN': '身份证号码', en: 'ID number' },
 *     grade: { 'zh-CN': '缴费档次', en: 'Contribution grade' },
 *     isFirstTime: { 'zh-CN': '是否首次参保', en: 'First enrolment' },
 *     previousPlace: { 'zh-CN': '原参保地', en: 'Previously insured in' },
 *   },
 *   hints: { previousPlace: { showWhen: { field: 'isFirstTime', equals: false }, isRequiredWhenShown: true } },
 * });
 */
export function defineForm<S extends z.ZodObject>(form: FormDefinition<S>): FormDefinition<S> {
  const issues = checkFormDefinition(form as unknown as FormDefinition);
  if (issues.length > 0) throw new FormDefinitionError(form.key, issues);
  return form;
}
