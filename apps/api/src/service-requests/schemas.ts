import { serviceRequestStatuses } from '@cunshe/db/schema';
import { z } from '@hono/zod-openapi';
import { formDocumentSchema, localizedText } from '../forms/schemas';
import { pageQuery } from '../pagination';

const status = z.enum(serviceRequestStatuses).openapi({ example: 'submitted' });
const day = z.iso.date().openapi({ example: '2025-03-01' });
const person = z.object({ id: z.guid(), name: z.string() });

/** `GET /api/service-requests` query. */
export const serviceRequestListQuery = pageQuery.extend({
  status: status.optional(),
  station: z.string().max(130).optional().openapi({ example: 'errands:medical-point' }),
  assignee: z
    .union([z.guid(), z.enum(['me', 'none'])])
    .optional()
    .openapi({ description: 'A user id, `me`, or `none` for unassigned requests' }),
  form: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,62}:[a-z][a-z0-9-]{1,62}$/, 'must be <plugin-id>:<form-key>')
    .optional(),
  villageId: z.guid().optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  q: z.string().max(50).optional().openapi({ description: "The villager's name or mobile number" }),
  from: day.optional().openapi({ description: 'Submitted on or after this day (China Standard Time)' }),
  to: day.optional().openapi({ description: 'Submitted on or before this day (China Standard Time)' }),
});

/** A service request as lists show it. */
export const serviceRequestSchema = z
  .object({
    id: z.guid(),
    version: z
      .number()
      .int()
      .openapi({ description: 'Send it back with every change (optimistic concurrency)' }),
    status,
    village: z.object({ id: z.guid(), name: z.string() }),
    pluginId: z.string(),
    formKey: z.string(),
    formVersion: z.number().int(),
    formTitle: localizedText,
    station: z.string().nullable(),
    stationName: localizedText.nullable(),
    villager: z.object({ name: z.string(), phone: z.string().nullable() }),
    assignee: person.nullable(),
    dueAt: z.iso.datetime({ offset: true }).nullable(),
    isOverdue: z.boolean(),
    rejectionReason: z.string().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    closedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .openapi('ServiceRequest');

/** A page of service requests with the counts per status under the same filters. */
export const serviceRequestPage = z
  .object({
    items: z.array(serviceRequestSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    counts: z.record(z.enum([...serviceRequestStatuses, 'overdue']), z.number().int()),
  })
  .openapi('ServiceRequestPage');

const eventSchema = z
  .object({
    id: z.guid(),
    kind: z.enum(['submitted', 'transition', 'assignment', 'comment']),
    from: status.nullable(),
    to: status.nullable(),
    note: z.string().nullable(),
    station: z.string().nullable(),
    stationName: localizedText.nullable(),
    assignee: person.nullable(),
    actor: person,
    at: z.iso.datetime({ offset: true }),
  })
  .openapi('ServiceRequestEvent');

/** `GET /api/service-requests/{id}` response. */
export const serviceRequestDetailSchema = z
  .object({
    request: serviceRequestSchema,
    data: z.record(z.string(), z.unknown()),
    submittedBy: person,
    document: formDocumentSchema,
    events: z.array(eventSchema),
    allowedTransitions: z.array(status),
    canHandle: z.boolean(),
    canRevealIdNumbers: z.boolean(),
  })
  .openapi('ServiceRequestDetail');

/** `/api/service-requests/{id}` path parameters. */
export const serviceRequestParams = z.object({ id: z.guid().openapi({ param: { name: 'id', in: 'path' } }) });

/** `POST /api/service-requests/{id}/transitions` body. */
export const transitionBody = z
  .object({
    to: status,
    note: z.string().max(1000).optional().openapi({ description: 'Why; required when rejecting' }),
    version: z.number().int().positive(),
  })
  .openapi('ServiceRequestTransition');

/** `POST /api/service-requests/{id}/assignment` body. */
export const assignmentBody = z
  .object({
    assigneeId: z.guid().nullable(),
    station: z.string().max(130).nullable().optional(),
    version: z.number().int().positive(),
  })
  .openapi('ServiceRequestAssignment');

/** `POST /api/service-requests/assignments` body: many requests to one staff member. */
export const bulkAssignmentBody = z
  .object({
    ids: z.array(z.guid()).min(1).max(100),
    assigneeId: z.guid().nullable(),
    station: z.string().max(130).nullable().optional(),
  })
  .openapi('ServiceRequestBulkAssignment');

/** What a bulk assignment changed. */
export const bulkAssignmentResult = z
  .object({ items: z.array(z.object({ id: z.guid(), version: z.number().int() })) })
  .openapi('ServiceRequestBulkAssignmentResult');

/** `POST /api/service-requests/{id}/comments` body. */
export const commentBody = z.object({ text: z.string().max(2000) }).openapi('ServiceRequestComment');

/** `GET /api/service-requests/assignees` query. */
export const assigneesQuery = z.object({ villageId: z.guid() });

/** Who can be given a village's requests. */
export const assigneeList = z
  .object({ items: z.array(z.object({ id: z.guid(), name: z.string(), role: z.string() })) })
  .openapi('ServiceRequestAssignees');

/** The stations requests can be assigned to. */
export const stationList = z
  .object({ items: z.array(z.object({ id: z.string(), name: localizedText })) })
  .openapi('ServiceStations');
