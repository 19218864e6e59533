import { NotFoundError } from '@cunshe/errors';
import { localeOf } from '@cunshe/forms';
import { createPersonalDataProtector } from '@cunshe/personal-data';
import { createRoute, z } from '@hono/zod-openapi';
import { currentUser } from '../auth/current-user';
import { requirePermission } from '../auth/require-permission';
import { problemResponses } from '../auth/schemas';
import type { Services } from '../context';
import { personalDataKeyOf } from '../env';
import { createRouter } from '../openapi';
import { scopeOfUser } from '../plugin-host/plugin-context';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import { findForm } from './form-catalogue';
import { formVersionDocuments } from './form-version-document';
import { getAttachment } from './get-attachment';
import { getSubmission, revealSubmissionIdNumbers } from './get-submission';
import { listSubmissions } from './list-submissions';
import { listForms, listVillageForms } from './list-village-forms';
import {
  attachmentParams,
  formDocumentSchema,
  formParams,
  formVersionParams,
  idParams,
  revealedIdNumbers,
  submissionBody,
  submissionDetailSchema,
  submissionListQuery,
  submissionPage,
  submissionSchema,
  villageFormList,
} from './schemas';
import { submissionByIdempotencyKey, submitForm } from './submit-form';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const errors = {
  400: { description: 'Invalid input (problem+json naming the field, in the language asked for)' },
  ...problemResponses,
  404: {
    description: 'No such form, village or submission in your scope, or the plugin is not enabled there',
  },
  409: { description: 'The idempotency key was used for another submission' },
} as const;
const read = requirePermission('service-requests:read');
const handle = requirePermission('service-requests:handle');
const reveal = requirePermission('service-requests:reveal-id');

const formsRoute = createRoute({
  method: 'get',
  path: '/api/forms',
  tags: ['forms'],
  summary: 'Every form of the loaded plugins (current versions), for filters and catalogues',
  middleware: [read] as const,
  responses: { 200: json(villageFormList, 'Forms'), ...errors },
});
const villageFormsRoute = createRoute({
  method: 'get',
  path: '/api/villages/{id}/forms',
  tags: ['forms'],
  summary: 'The forms a village can fill in (of the plugins enabled there)',
  middleware: [read] as const,
  request: { params: idParams },
  responses: { 200: json(villageFormList, 'Forms of the village'), ...errors },
});
const formRoute = createRoute({
  method: 'get',
  path: '/api/forms/{pluginId}/{formKey}',
  tags: ['forms'],
  summary: "A form's current version: its JSON Schema, labels and hints",
  middleware: [read] as const,
  request: { params: formParams },
  responses: { 200: json(formDocumentSchema, 'The form'), ...errors },
});
const versionRoute = createRoute({
  method: 'get',
  path: '/api/forms/{pluginId}/{formKey}/versions/{version}',
  tags: ['forms'],
  summary: 'A version of a form as the county used it (old versions stay readable)',
  middleware: [read] as const,
  request: { params: formVersionParams },
  responses: { 200: json(formDocumentSchema, 'The form version'), ...errors },
});
const submitRoute = createRoute({
  method: 'post',
  path: '/api/forms/{pluginId}/{formKey}/submissions',
  tags: ['forms'],
  summary:
    'Submit a form for a villager (a retry with the same idempotency key answers the first submission with 200)',
  middleware: [handle] as const,
  request: {
    params: formParams,
    body: { required: true, content: { 'application/json': { schema: submissionBody } } },
  },
  responses: {
    201: json(submissionSchema, 'Submitted'),
    200: json(submissionSchema, 'Submitted before with this idempotency key'),
    ...errors,
  },
});
const listRoute = createRoute({
  method: 'get',
  path: '/api/forms/{pluginId}/{formKey}/submissions',
  tags: ['forms'],
  summary: 'Submissions of a form in your scope, every version, newest first',
  middleware: [read] as const,
  request: { params: formParams, query: submissionListQuery },
  responses: { 200: json(submissionPage, 'A page of submissions'), ...errors },
});
const getRoute = createRoute({
  method: 'get',
  path: '/api/form-submissions/{id}',
  tags: ['forms'],
  summary: 'One submission with the form version it was made with (ID numbers masked)',
  middleware: [read] as const,
  request: { params: idParams },
  responses: { 200: json(submissionDetailSchema, 'The submission'), ...errors },
});
const revealRoute = createRoute({
  method: 'post',
  path: '/api/form-submissions/{id}/id-numbers/reveal',
  tags: ['forms'],
  summary: "A submission's whole ID numbers (audited)",
  middleware: [reveal] as const,
  request: { params: idParams },
  responses: { 200: json(revealedIdNumbers, 'The ID numbers by path'), ...errors },
});
const attachmentRoute = createRoute({
  method: 'get',
  path: '/api/form-submissions/{id}/attachments/{attachmentId}',
  tags: ['forms'],
  summary: 'A file attached to a submission',
  middleware: [read] as const,
  request: { params: attachmentParams },
  responses: {
    200: {
      description: 'The file',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errors,
  },
});

function isUniqueViolation(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if ((current as { code?: unknown }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** `/api/forms/...` and `/api/form-submissions/...`: plugin forms, submitting them for villagers, reading them. */
export function formsRoutes(
  services: Pick<Services, 'database' | 'env' | 'logger' | 'personalData'> & { registry: PluginRegistry },
) {
  const { database, logger, registry } = services;
  const protector = services.personalData ?? createPersonalDataProtector(personalDataKeyOf(services.env));
  return createRouter()
    .openapi(formsRoute, (c) => c.json({ items: listForms(registry) }, 200))
    .openapi(villageFormsRoute, async (c) => {
      const scope = scopeOfUser(currentUser(c));
      const items = await database.withTenant(scope.tenantId, (tx) =>
        listVillageForms(tx, { registry, scope, villageId: c.req.valid('param').id }),
      );
      return c.json({ items }, 200);
    })
    .openapi(formRoute, (c) => {
      const { pluginId, formKey } = c.req.valid('param');
      return c.json(findForm(registry, pluginId, formKey).document, 200);
    })
    .openapi(versionRoute, async (c) => {
      const scope = scopeOfUser(currentUser(c));
      const { pluginId, formKey, version } = c.req.valid('param');
      const recorded = await database.withTenant(scope.tenantId, (tx) =>
        formVersionDocuments(tx, scope.tenantId, [{ pluginId, formKey, version }]),
      );
      const document = [...recorded.values()][0];
      if (document) return c.json(document, 200);
      const current = findForm(registry, pluginId, formKey).document;
      if (current.version !== version)
        throw new NotFoundError(`No version ${version} of ${pluginId}/${formKey}.`);
      return c.json(current, 200);
    })
    .openapi(submitRoute, async (c) => {
      const user = currentUser(c);
      const scope = scopeOfUser(user);
      const { pluginId, formKey } = c.req.valid('param');
      const body = c.req.valid('json');
      const input = {
        registry,
        protector,
        scope,
        actor: user,
        pluginId,
        formKey,
        villageId: body.villageId,
        idempotencyKey: body.idempotencyKey,
        villager: body.villager,
        data: body.data,
        locale: localeOf(c.req.header('accept-language')),
        requestId: c.get('requestId'),
        logger,
      };
      try {
        const result = await database.withTenant(scope.tenantId, (tx) => submitForm(tx, input));
        return c.json(result.submission, result.isReplay ? 200 : 201);
      } catch (error) {
        // Two requests with one key at once: the one that lost the race answers what the other stored.
        if (!isUniqueViolation(error)) throw error;
        const first = await database.withTenant(scope.tenantId, (tx) =>
          submissionByIdempotencyKey(tx, scope.tenantId, body.idempotencyKey),
        );
        if (!first) throw error;
        return c.json(first, 200);
      }
    })
    .openapi(listRoute, async (c) => {
      const scope = scopeOfUser(currentUser(c));
      const { pluginId, formKey } = c.req.valid('param');
      findForm(registry, pluginId, formKey);
      const query = c.req.valid('query');
      const page = await database.withTenant(scope.tenantId, (tx) =>
        listSubmissions(tx, { scope, pluginId, formKey, ...query }),
      );
      return c.json({ ...page, page: query.page, pageSize: query.pageSize }, 200);
    })
    .openapi(getRoute, async (c) => {
      const user = currentUser(c);
      const scope = scopeOfUser(user);
      const detail = await database.withTenant(scope.tenantId, (tx) =>
        getSubmission(tx, { scope, user, id: c.req.valid('param').id }),
      );
      return c.json(detail, 200);
    })
    .openapi(revealRoute, async (c) => {
      const user = currentUser(c);
      const scope = scopeOfUser(user);
      const items = await database.withTenant(scope.tenantId, (tx) =>
        revealSubmissionIdNumbers(tx, {
          scope,
          user,
          actor: user,
          id: c.req.valid('param').id,
          protector,
          requestId: c.get('requestId'),
        }),
      );
      c.header('cache-control', 'no-store');
      return c.json({ items }, 200);
    })
    .openapi(attachmentRoute, async (c) => {
      const scope = scopeOfUser(currentUser(c));
      const { id, attachmentId } = c.req.valid('param');
      const file = await database.withTenant(scope.tenantId, (tx) =>
        getAttachment(tx, { scope, submissionId: id, attachmentId }),
      );
      return c.body(Buffer.from(file.content), 200, {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      });
    });
}
