import type { z } from 'zod';
import type { LocalizedText } from './localized-text';

/** How the admin shows a field, when not by its kind's default widget. */
export type FormWidget = 'input' | 'textarea' | 'select' | 'radio' | 'checkboxes' | 'switch';

/**
 * When a field is shown: a condition on a sibling field's value (a field of the same object, or of the
 * same entry of a repeating group). A hidden field's value is dropped before validation.
 */
export interface FormCondition {
  /** The sibling field's name. */
  field: string;
  /** Shown when the sibling's value is this (a choice's value, `true` for yes). */
  equals?: string | number | boolean | undefined;
  /** Shown when the sibling's value is one of these, or (multiple choice) includes one of them. */
  in?: readonly (string | number | boolean)[] | undefined;
}

/** How one field is presented; keyed in the form's `hints` by the field's path (`members.relation`). */
export interface FieldHint {
  widget?: FormWidget | undefined;
  placeholder?: LocalizedText | undefined;
  help?: LocalizedText | undefined;
  /** Fields are shown by ascending `order`; a field without one sorts as its position in the schema (0, 1, …). */
  order?: number | undefined;
  /** The key of the form's section the field belongs to. */
  section?: string | undefined;
  showWhen?: FormCondition | undefined;
  /**
   * A conditional field must be `.optional()` in the schema (it may be hidden); with this flag it must be
   * filled whenever it is shown.
   */
  isRequiredWhenShown?: boolean | undefined;
}

/** A titled part of a form; fields name it in their hint's `section`. */
export interface FormSection {
  key: string;
  title: LocalizedText;
  description?: LocalizedText | undefined;
}

/** How a service request made from this form is handled: the time it is due after submitting. */
export interface FormWorkflow {
  /** Hours from submitting until the request is due (e.g. 72 for 3 days, 120 for 5 days). */
  dueInHours?: number | undefined;
}

/**
 * A versioned form a plugin contributes: one zod schema is the single source (the server validates with it,
 * the admin renders from its JSON Schema and the hints). A submission stores `key` and `version`, so raising
 * the version keeps old submissions readable.
 */
export interface FormDefinition<S extends z.ZodObject = z.ZodObject> {
  /** Unique within the plugin; `^[a-z][a-z0-9-]{1,62}$`. */
  key: string;
  /** A positive integer, raised whenever the schema, labels or hints change. */
  version: number;
  title: LocalizedText;
  description?: LocalizedText | undefined;
  /** The key of the plugin's service station (or association) that handles submissions, if any. */
  station?: string | undefined;
  /**
   * Whether a submission is a service request moving through the workflow (submitted -> accepted -> in
   * progress -> resolved, or rejected). A form with a `workflow` is one too.
   */
  isServiceRequest?: boolean | undefined;
  workflow?: FormWorkflow | undefined;
  /** Built from `fields` (see `@cunshe/forms`), so every field has a kind the admin can render. */
  schema: S;
  /** Field labels by field path (`name`, `members`, `members.idNumber`), in both languages. */
  labels?: Record<string, LocalizedText> | undefined;
  /** Presentation hints by field path. */
  hints?: Record<string, FieldHint> | undefined;
  sections?: FormSection[] | undefined;
}

/** Whether a form's submissions are service requests. */
export function isServiceRequestForm(form: Pick<FormDefinition, 'isServiceRequest' | 'workflow'>): boolean {
  return form.isServiceRequest === true || form.workflow !== undefined;
}
