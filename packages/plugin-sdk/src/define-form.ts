import type { z } from 'zod';
import type { LocalizedText } from './village-types';

/**
 * A versioned form a plugin contributes: one zod schema is the single source (the server validates with it,
 * the admin renders from its JSON Schema). A submission stores `key` and `version`, so raising the version
 * keeps old submissions readable.
 */
export interface FormDefinition<S extends z.ZodObject = z.ZodObject> {
  /** Unique within the plugin; `^[a-z][a-z0-9-]{1,62}$`. */
  key: string;
  /** A positive integer, raised whenever the schema changes. */
  version: number;
  title: LocalizedText;
  /** The key of the service station (or association) that handles submissions, if any. */
  station?: string | undefined;
  /** Whether a submission is a service request moving through the workflow (submitted -> … -> resolved). */
  isServiceRequest?: boolean | undefined;
  schema: S;
  /** Field labels by field name, in both languages. */
  labels?: Record<string, LocalizedText> | undefined;
}

/**
 * Declares a form. The identity function that gives the schema's type to everything that uses the form.
 * @example
 * export const joinForm = defineForm({
 *   key: 'join',
 *   version: 1,
 *   title: { 'zh-CN': '入会申请', en: 'Membership application' },
 *   schema: z.object({ name: z.string().min(1), mobile: z.string() }),
 * });
 */
export function defineForm<S extends z.ZodObject>(form: FormDefinition<S>): FormDefinition<S> {
  return form;
}
