import {
  assessmentResults,
  contactMethods,
  floatingManagementModes,
  partyMemberCategories,
  partyMemberStatuses,
} from '@cunshe/db/schema';
import { z } from '@hono/zod-openapi';
import { pageOf, pageQuery } from '../../pagination';

const category = z.enum(partyMemberCategories).openapi({ example: 'floating' });
const status = z.enum(partyMemberStatuses).openapi({ example: 'full' });
const date = z.iso.date();
const optionalText = (max: number) => z.string().max(max).nullable().optional();

/** `GET /api/party/members` query: names only in `q`, never an ID or phone number (see the lookup). */
export const memberListQuery = pageQuery.extend({
  q: z.string().max(50).optional().openapi({ description: 'part of a name; digits are refused' }),
  villageId: z.guid().optional(),
  organizationId: z.guid().optional().openapi({ description: 'a branch or a party group' }),
  category: category.optional(),
  status: status.optional(),
});

/** A member in a list: ID number and phone masked. */
export const memberListItemSchema = z
  .object({
    id: z.guid(),
    name: z.string().openapi({ example: '李红' }),
    gender: z.enum(['male', 'female']),
    idNumberMasked: z.string().openapi({ example: '361003********0027' }),
    phoneMasked: z.string().nullable().openapi({ example: '138****0000' }),
    category,
    status,
    joinedOn: date,
    villageId: z.guid(),
    villageName: z.string(),
    organizationId: z.guid(),
    organizationName: z.string(),
    groupId: z.guid().nullable(),
    groupName: z.string().nullable(),
  })
  .openapi('PartyMemberListItem');

/** A page of members. */
export const memberPage = pageOf(memberListItemSchema).openapi('PartyMemberPage');

/** A member's page: every field but the whole ID number. */
export const memberSchema = memberListItemSchema
  .extend({
    phone: z.string().nullable(),
    employerName: z.string().nullable(),
    employerPartyOrganization: z.string().nullable(),
    registeredOn: date.nullable(),
    certificateNumber: z.string().nullable(),
    certificateValidFrom: date.nullable(),
    certificateValidUntil: date.nullable(),
    isCertificateExpired: z.boolean(),
    currentLocation: z.string().nullable(),
    managementMode: z.enum(floatingManagementModes).nullable(),
    managingOrganizationName: z.string().nullable(),
    lastContactOn: date.nullable(),
    isContactOverdue: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    canRevealIdNumber: z.boolean(),
    canManage: z.boolean(),
  })
  .openapi('PartyMember');

const categoryFields = {
  employerName: optionalText(100),
  employerPartyOrganization: optionalText(100),
  registeredOn: date.nullable().optional(),
  certificateNumber: optionalText(60),
  certificateValidFrom: date.nullable().optional(),
  certificateValidUntil: date.nullable().optional(),
  currentLocation: optionalText(100),
  managementMode: z.enum(floatingManagementModes).nullable().optional(),
  managingOrganizationName: optionalText(100),
};

/** `POST /api/party/members` body; each category's own fields are required by its rules. */
export const memberCreateBody = z
  .object({
    organizationId: z
      .guid()
      .openapi({ description: 'the branch keeping the member (for in-service: residence)' }),
    groupId: z.guid().nullable().optional(),
    name: z.string().max(50).openapi({ example: '李红' }),
    idNumber: z.string().max(40).openapi({ description: 'GB 11643; sent in the body, never a URL' }),
    phone: optionalText(30),
    category,
    status: z.enum(['full', 'probationary']).optional(),
    joinedOn: date,
    ...categoryFields,
  })
  .openapi('PartyMemberCreate');

/** `PATCH /api/party/members/{id}` body: absent fields stay; `idNumber` only when it changes. */
export const memberPatchBody = z
  .object({
    groupId: z.guid().nullable().optional(),
    name: z.string().max(50).optional(),
    idNumber: z.string().max(40).optional(),
    phone: optionalText(30),
    category: category.optional(),
    status: status.optional(),
    joinedOn: date.optional(),
    ...categoryFields,
  })
  .openapi('PartyMemberPatch');

/** `POST /api/party/members/lookup` body: exact search by ID number or phone. */
export const memberLookupBody = z
  .object({ idNumber: z.string().max(40).optional(), phone: z.string().max(30).optional() })
  .openapi('PartyMemberLookup');

/** The members an exact look-up found. */
export const memberLookupResult = z
  .object({ items: z.array(memberListItemSchema) })
  .openapi('PartyMemberLookupResult');

/** The whole ID number, answered to `POST /api/party/members/{id}/reveal-id`. */
export const revealedIdNumber = z.object({ idNumber: z.string() }).openapi('RevealedIdNumber');

/** `POST /api/party/members/{id}/transfers` body. */
export const transferBody = z
  .object({ toOrganizationId: z.guid(), transferredOn: date, reason: optionalText(200) })
  .openapi('PartyMemberTransfer');

/** A member's transfer history. */
export const transferList = z
  .object({
    items: z.array(
      z.object({
        id: z.guid(),
        transferredOn: date,
        fromVillageName: z.string(),
        fromOrganizationName: z.string(),
        toVillageName: z.string(),
        toOrganizationName: z.string(),
        reason: z.string().nullable(),
        actorName: z.string().nullable(),
        createdAt: z.iso.datetime({ offset: true }),
      }),
    ),
  })
  .openapi('PartyMemberTransfers');

const contactSchema = z.object({
  id: z.guid(),
  contactedOn: date,
  method: z.enum(contactMethods),
  note: z.string(),
  actorName: z.string().nullable(),
});

/** `POST /api/party/members/{id}/contacts` body. */
export const contactBody = z
  .object({ contactedOn: date, method: z.enum(contactMethods), note: z.string().trim().min(1).max(500) })
  .openapi('PartyMemberContactCreate');
/** One contact. */
export const contactResult = contactSchema.openapi('PartyMemberContact');
/** The contact log. */
export const contactList = z.object({ items: z.array(contactSchema) }).openapi('PartyMemberContacts');

const assessmentSchema = z.object({
  id: z.guid(),
  period: z.string(),
  assessedOn: date,
  result: z.enum(assessmentResults),
  note: z.string().nullable(),
});

/** `POST /api/party/members/{id}/assessments` body. */
export const assessmentBody = z
  .object({
    period: z
      .string()
      .regex(/^\d{4}(-(H[12]|Q[1-4]))?$/, 'a year (2024), a half (2024-H1) or a quarter (2024-Q3)')
      .openapi({ example: '2024' }),
    assessedOn: date,
    result: z.enum(assessmentResults),
    note: optionalText(500),
  })
  .openapi('PartyMemberAssessmentCreate');
/** One assessment. */
export const assessmentResult = assessmentSchema.openapi('PartyMemberAssessment');
/** The assessments. */
export const assessmentList = z
  .object({ items: z.array(assessmentSchema) })
  .openapi('PartyMemberAssessments');

/** `POST /api/party/members/import` body: the template filled in, base64-encoded. */
export const importBody = z
  .object({
    villageId: z.guid(),
    fileName: z.string().min(1).max(200).openapi({ example: '党员导入.xlsx' }),
    contentBase64: z.base64().max(900_000),
    dryRun: z.boolean().default(true),
    onlyValidRows: z
      .boolean()
      .default(false)
      .openapi({ description: 'import the good rows even when others fail (otherwise nothing is imported)' }),
  })
  .openapi('PartyMemberImport');

/** The row-by-row report of an import. */
export const importReport = z
  .object({
    applied: z.boolean(),
    importedCount: z.number().int(),
    validCount: z.number().int(),
    errorCount: z.number().int(),
    rows: z.array(
      z.object({
        line: z.number().int(),
        name: z.string(),
        idNumberMasked: z.string().nullable(),
        category: category.nullable(),
        organizationName: z.string().nullable(),
        errors: z.array(z.object({ field: z.string(), message: z.string() })),
      }),
    ),
  })
  .openapi('PartyMemberImportReport');

/** `GET /api/party/members/export` query: the list's filters. */
export const exportQuery = memberListQuery.omit({ page: true, pageSize: true });
