import {
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { plugins } from './plugins';
import { tenants } from './tenants';
import { villages } from './villages';

/*
 * Forms and service requests (DESIGN.md "Forms"): the versions of each plugin form a county has used, the
 * submissions made at a station on a villager's behalf, the files attached to them, and the service requests
 * with their workflow and timeline. Every table is tenant-owned: `tenant_id` first in the primary key, in
 * every unique key and in every foreign key between them.
 */

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * Each form version a county has received submissions of, with its document (JSON Schema, labels, hints) as
 * it was: a submission of an old version stays readable and exportable after the plugin changes the form.
 */
export const formVersions = pgTable(
  'form_versions',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    pluginId: text()
      .notNull()
      .references(() => plugins.id),
    formKey: text().notNull(),
    version: integer().notNull(),
    /** The form's `FormDocument` (`@cunshe/forms`) when this version was first used. */
    document: jsonb().$type<Record<string, unknown>>().notNull(),
    firstUsedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.pluginId, t.formKey, t.version] })],
);

/**
 * A form filled in at a station, by staff on behalf of a villager (name and normalised mobile number).
 * `data` holds the answers with resident ID numbers masked and attachments as `{ id, name, type, size }`;
 * `sealedFields` the ID numbers sealed (AES-256-GCM), by their path in `data`. `idempotencyKey`, unique in
 * the county, makes a double click or a retried request answer the first submission.
 */
export const formSubmissions = pgTable(
  'form_submissions',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    villageId: uuid().notNull(),
    pluginId: text().notNull(),
    formKey: text().notNull(),
    formVersion: integer().notNull(),
    /** The handling station, `<plugin-id>:<station-key>`, or null. */
    station: text(),
    villagerName: text().notNull(),
    villagerPhone: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    sealedFields: jsonb().$type<Record<string, string>>().notNull().default({}),
    submittedBy: uuid()
      .notNull()
      .references(() => users.id),
    submittedByName: text().notNull(),
    idempotencyKey: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.idempotencyKey),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    foreignKey({
      columns: [t.tenantId, t.pluginId, t.formKey, t.formVersion],
      foreignColumns: [
        formVersions.tenantId,
        formVersions.pluginId,
        formVersions.formKey,
        formVersions.version,
      ],
    }),
    index().on(t.tenantId, t.villageId, t.createdAt),
    index().on(t.tenantId, t.pluginId, t.formKey, t.createdAt),
  ],
);

/** A file attached to a submission (the field's `fields.attachment`), kept beside it. */
export const formAttachments = pgTable(
  'form_attachments',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    submissionId: uuid().notNull(),
    /** Where the file sits in the submission's data, e.g. `photo.0`. */
    path: text().notNull(),
    name: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.submissionId],
      foreignColumns: [formSubmissions.tenantId, formSubmissions.id],
    }),
    index().on(t.tenantId, t.submissionId),
  ],
);

/** Where a service request stands: submitted -> accepted -> in progress -> resolved, or rejected. */
export const serviceRequestStatus = pgEnum('service_request_status', [
  'submitted',
  'accepted',
  'in-progress',
  'resolved',
  'rejected',
]);
/** Values of {@link serviceRequestStatus}. */
export const serviceRequestStatuses = serviceRequestStatus.enumValues;
/** One status of a service request. */
export type ServiceRequestStatus = (typeof serviceRequestStatuses)[number];

/**
 * The work on a submission of a service-request form: its status, the station and staff member it is
 * assigned to, when it is due, and `version`, raised by every change, so a change made on a stale copy is
 * refused (optimistic concurrency). Its id is the submission's.
 */
export const serviceRequests = pgTable(
  'service_requests',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull(),
    villageId: uuid().notNull(),
    status: serviceRequestStatus().notNull().default('submitted'),
    /** `<plugin-id>:<station-key>`, or null. */
    station: text(),
    assigneeId: uuid().references(() => users.id),
    dueAt: timestamp({ withTimezone: true }),
    rejectionReason: text(),
    closedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.id],
      foreignColumns: [formSubmissions.tenantId, formSubmissions.id],
    }),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    index().on(t.tenantId, t.villageId, t.status, t.createdAt),
    index().on(t.tenantId, t.status, t.dueAt),
    index().on(t.tenantId, t.assigneeId),
  ],
);

/** What happened to a service request: submitted, a status change, an assignment, a comment. */
export const serviceRequestEventKind = pgEnum('service_request_event_kind', [
  'submitted',
  'transition',
  'assignment',
  'comment',
]);

/** The timeline of a service request: who did what, when, from which status to which, and why. Append-only. */
export const serviceRequestEvents = pgTable(
  'service_request_events',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    requestId: uuid().notNull(),
    kind: serviceRequestEventKind().notNull(),
    fromStatus: serviceRequestStatus(),
    toStatus: serviceRequestStatus(),
    note: text(),
    station: text(),
    assigneeId: uuid(),
    assigneeName: text(),
    actorId: uuid().notNull(),
    actorName: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.requestId],
      foreignColumns: [serviceRequests.tenantId, serviceRequests.id],
    }),
    index().on(t.tenantId, t.requestId, t.at),
  ],
);

export type FormVersion = typeof formVersions.$inferSelect;
export type FormSubmission = typeof formSubmissions.$inferSelect;
export type NewFormSubmission = typeof formSubmissions.$inferInsert;
export type FormAttachment = typeof formAttachments.$inferSelect;
export type ServiceRequest = typeof serviceRequests.$inferSelect;
export type ServiceRequestEvent = typeof serviceRequestEvents.$inferSelect;
