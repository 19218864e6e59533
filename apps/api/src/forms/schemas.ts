import { serviceRequestStatuses } from '@cunshe/db/schema';
import { z } from '@hono/zod-openapi';
import { pageOf, pageQuery } from '../pagination';

const KEY = /^[a-z][a-z0-9-]{1,62}$/;

/** Bilingual text. */
export const localizedText = z.object({ 'zh-CN': z.string(), en: z.string() }).openapi('LocalizedText');

/** A form as the admin renders it: the JSON Schema of its input (kinds under `x-cunshe`), labels and hints. */
export const formDocumentSchema = z
  .object({
    key: z.string().openapi({ example: 'insurance' }),
    version: z.number().int(),
    title: localizedText,
    description: localizedText.nullable(),
    station: z.string().nullable().openapi({ description: "The plugin's station key" }),
    isServiceRequest: z.boolean(),
    dueInHours: z.number().nullable(),
    jsonSchema: z.record(z.string(), z.unknown()),
    labels: z.record(z.string(), localizedText),
    hints: z.record(z.string(), z.record(z.string(), z.unknown())),
    sections: z.array(
      z.object({ key: z.string(), title: localizedText, description: localizedText.optional() }),
    ),
  })
  .openapi('FormDocument');

/** `/api/forms/{pluginId}/{formKey}` path parameters. */
export const formParams = z.object({
  pluginId: z
    .string()
    .regex(KEY)
    .openapi({ param: { name: 'pluginId', in: 'path' }, example: 'errands' }),
  formKey: z
    .string()
    .regex(KEY)
    .openapi({ param: { name: 'formKey', in: 'path' }, example: 'insurance' }),
});

/** `/api/forms/{pluginId}/{formKey}/versions/{version}` path parameters. */
export const formVersionParams = formParams.extend({
  version: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'version', in: 'path' }, example: 1 }),
});

/** `/api/villages/{id}/forms` and `/api/form-submissions/{id}` path parameters. */
export const idParams = z.object({ id: z.guid().openapi({ param: { name: 'id', in: 'path' } }) });

/** `/api/form-submissions/{id}/attachments/{attachmentId}` path parameters. */
export const attachmentParams = idParams.extend({
  attachmentId: z.guid().openapi({ param: { name: 'attachmentId', in: 'path' } }),
});

/** A form a village's staff can fill in. */
export const villageFormSchema = z
  .object({
    pluginId: z.string(),
    pluginName: localizedText,
    key: z.string(),
    version: z.number().int(),
    title: localizedText,
    description: localizedText.nullable(),
    station: z.string().nullable().openapi({ example: 'errands:medical-point' }),
    stationName: localizedText.nullable(),
    isServiceRequest: z.boolean(),
    dueInHours: z.number().nullable(),
  })
  .openapi('VillageForm');

/** `GET /api/villages/{id}/forms` response. */
export const villageFormList = z.object({ items: z.array(villageFormSchema) }).openapi('VillageFormList');

/** `POST /api/forms/{pluginId}/{formKey}/submissions` body. */
export const submissionBody = z
  .object({
    villageId: z.guid(),
    idempotencyKey: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,100}$/, 'must be 8-100 letters, digits, _ or -')
      .openapi({ description: 'Made once per form the user fills in (e.g. a UUID); a retry sends it again' }),
    villager: z.object({
      name: z.string().max(100).openapi({ example: '张三' }),
      phone: z.string().max(40).optional().openapi({ example: '13800138000' }),
    }),
    data: z
      .record(z.string(), z.unknown())
      .openapi({ description: "The answers, checked with the form's schema" }),
  })
  .openapi('FormSubmissionBody');

/** A submission: ID numbers masked, attachments as references. */
export const submissionSchema = z
  .object({
    id: z.guid(),
    villageId: z.guid(),
    pluginId: z.string(),
    formKey: z.string(),
    formVersion: z.number().int(),
    station: z.string().nullable(),
    villager: z.object({ name: z.string(), phone: z.string().nullable() }),
    data: z.record(z.string(), z.unknown()),
    submittedBy: z.object({ id: z.guid(), name: z.string() }),
    createdAt: z.iso.datetime({ offset: true }),
    serviceRequest: z
      .object({
        status: z.enum(serviceRequestStatuses),
        version: z.number().int(),
        dueAt: z.iso.datetime({ offset: true }).nullable(),
      })
      .nullable(),
  })
  .openapi('FormSubmission');

/** `GET /api/forms/{pluginId}/{formKey}/submissions` query. */
export const submissionListQuery = pageQuery.extend({ villageId: z.guid().optional() });

/** A page of submissions. */
export const submissionPage = pageOf(submissionSchema).openapi('FormSubmissionPage');

/** `GET /api/form-submissions/{id}` response. */
export const submissionDetailSchema = z
  .object({
    submission: submissionSchema,
    villageName: z.string(),
    document: formDocumentSchema,
    canRevealIdNumbers: z.boolean(),
  })
  .openapi('FormSubmissionDetail');

/** `POST /api/form-submissions/{id}/id-numbers/reveal` response: whole ID numbers by their path in the data. */
export const revealedIdNumbers = z
  .object({ items: z.array(z.object({ path: z.string(), value: z.string() })) })
  .openapi('RevealedIdNumbers');
