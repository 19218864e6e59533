import { z } from '@hono/zod-openapi';
import { MAX_PAGE_SIZE } from './list-requests';

/*
 * The shapes of GeoReport v2 (http://wiki.open311.org/GeoReport_v2), as this door answers them: the
 * standard's field names, strict, so a test parsing an answer also proves nothing else (no personal data)
 * travels with it.
 */

const jurisdictionId = z
  .string()
  .openapi({ description: "The county's six-digit division code", example: '361003' });

/** `?jurisdiction_id=` of every GET. */
export const jurisdictionQuery = z.object({ jurisdiction_id: jurisdictionId });

/** One entry of `services.json`. */
export const open311Service = z
  .object({
    service_code: z.string().openapi({ example: 'stations.medical-request' }),
    service_name: z.string(),
    description: z.string(),
    metadata: z.boolean(),
    type: z.enum(['realtime', 'batch', 'blackbox']),
    keywords: z.string(),
    group: z.string(),
  })
  .strict()
  .openapi('Open311Service');

/** `services/{service_code}.json`. */
export const open311ServiceDefinition = z
  .object({
    service_code: z.string(),
    attributes: z.array(
      z
        .object({
          variable: z.boolean(),
          code: z.string(),
          datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
          required: z.boolean(),
          datatype_description: z.string(),
          order: z.number().int().min(1),
          description: z.string(),
          values: z.array(z.object({ key: z.string(), name: z.string() }).strict()).optional(),
        })
        .strict(),
    ),
  })
  .strict()
  .openapi('Open311ServiceDefinition');

const datetime = z.iso.datetime({ offset: true });

/** One service request of `requests.json`: no name, phone, ID number or address within the village. */
export const open311Request = z
  .object({
    service_request_id: z.string(),
    status: z.enum(['open', 'closed']),
    status_notes: z.string().nullable(),
    service_name: z.string(),
    service_code: z.string(),
    agency_responsible: z.string().nullable(),
    requested_datetime: datetime,
    updated_datetime: datetime,
    expected_datetime: datetime.nullable(),
    address: z.string().openapi({ description: "The village's name" }),
  })
  .strict()
  .openapi('Open311Request');

/** `GET requests.json` query. */
export const open311RequestQuery = z.object({
  jurisdiction_id: jurisdictionId,
  service_code: z
    .string()
    .optional()
    .openapi({ description: 'One service code, or several separated by commas' }),
  start_date: datetime.optional().openapi({ example: '2026-09-01T00:00:00+08:00' }),
  end_date: datetime.optional(),
  status: z
    .string()
    .regex(/^(open|closed)(,(open|closed))*$/, 'open, closed, or both separated by a comma')
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(MAX_PAGE_SIZE),
});

/** `POST requests.json` body (urlencoded as the standard has it, or JSON). */
export const open311FilingBody = z
  .object({
    api_key: z.string(),
    jurisdiction_id: jurisdictionId,
    service_code: z.string(),
    address_id: z
      .string()
      .openapi({ description: "The village's 12-digit division code", example: '361003100209' }),
    first_name: z.string().optional(),
    last_name: z.string().optional(),
    phone: z.string().optional(),
    description: z.string().optional(),
    idempotency_key: z
      .string()
      .optional()
      .openapi({ description: 'A client token that makes a retry safe (or the Idempotency-Key header)' }),
  })
  .catchall(z.string())
  .openapi('Open311Filing', { description: 'Plus attribute[code]=value for each attribute of the service' });

/** The answer to a filing. */
export const open311Receipt = z
  .array(
    z.object({ service_request_id: z.string(), service_notice: z.string(), account_id: z.null() }).strict(),
  )
  .openapi('Open311Receipt');

/** GeoReport v2's error answer. */
export const open311Errors = z
  .array(z.object({ code: z.number().int(), description: z.string() }).strict())
  .openapi('Open311Errors');
