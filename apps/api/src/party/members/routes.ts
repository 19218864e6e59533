import { type AuthUser, can } from '@cunshe/auth';
import type { PersonalDataProtector } from '@cunshe/personal-data';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { currentUser } from '../../auth/current-user';
import type { Services } from '../../context';
import { createRouter } from '../../openapi';
import { inCounty } from '../database-errors';
import { idParams } from '../organizations/schemas';
import { partyScopeOf } from '../party-scope';
import { body, errors, json, manageParty, readParty, revealIds } from '../route-kit';
import { createPartyMember } from './create-party-member';
import { exportPartyMembers } from './export-party-members';
import { getPartyMember } from './get-party-member';
import { importPartyMembers } from './import-party-members';
import { listMemberTransfers } from './list-member-transfers';
import { listPartyMembers } from './list-party-members';
import { lookupPartyMembers } from './lookup-party-members';
import type { PartyMemberView } from './member-view';
import { memberTemplateWorkbook, XLSX_TYPE } from './member-workbooks';
import { revealIdNumber } from './reveal-id-number';
import {
  assessmentBody,
  assessmentList,
  assessmentResult,
  contactBody,
  contactList,
  contactResult,
  exportQuery,
  importBody,
  importReport,
  memberCreateBody,
  memberListQuery,
  memberLookupBody,
  memberLookupResult,
  memberPage,
  memberPatchBody,
  memberSchema,
  revealedIdNumber,
  transferBody,
  transferList,
} from './schemas';
import { transferPartyMember } from './transfer-party-member';
import {
  addMemberContact,
  listMemberAssessments,
  listMemberContacts,
  recordMemberAssessment,
} from './unemployed-member-records';
import { updatePartyMember } from './update-party-member';

const tags = ['party'];

/** The member as the API answers it: what the user may do with it, and nothing of the township id. */
function forUser(user: AuthUser, view: PartyMemberView) {
  const { townshipId, ...rest } = view;
  const resource = { tenantId: user.tenantId ?? '', townshipId, villageId: view.villageId };
  return {
    ...rest,
    canRevealIdNumber: can(user, 'party:reveal-id', resource),
    canManage: can(user, 'party:manage', resource),
  };
}

const xlsx = (description: string) => ({
  description,
  content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
});

/** An .xlsx download: no caching, a file name in UTF-8 (RFC 6266). */
function download(c: Context, content: Buffer, fileName: string): Response {
  return c.body(new Uint8Array(content), 200, {
    'content-type': XLSX_TYPE,
    'content-disposition': `attachment; filename="members.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'cache-control': 'no-store',
  });
}

const templateRoute = createRoute({
  method: 'get',
  path: '/api/party/members/import-template',
  tags,
  summary: 'The .xlsx template for importing members',
  middleware: [readParty] as const,
  responses: { 200: xlsx('The template'), ...errors },
});

const importRoute = createRoute({
  method: 'post',
  path: '/api/party/members/import',
  tags,
  summary:
    'Import members into a village from the template: a dry run reports row by row; nothing is imported while a row fails unless onlyValidRows',
  middleware: [manageParty] as const,
  request: { body: body(importBody) },
  responses: { 200: json(importReport, 'The row-by-row report'), ...errors },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/api/party/members/export',
  tags,
  summary: 'The members matching the filters as an .xlsx register, ID numbers and phones masked (audited)',
  middleware: [readParty] as const,
  request: { query: exportQuery },
  responses: { 200: xlsx('The register'), ...errors },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/party/members',
  tags,
  summary: 'Party members of your scope: search by name, filter by village, branch, category and status',
  middleware: [readParty] as const,
  request: { query: memberListQuery },
  responses: { 200: json(memberPage, 'A page of members, ID numbers and phones masked'), ...errors },
});

const lookupRoute = createRoute({
  method: 'post',
  path: '/api/party/members/lookup',
  tags,
  summary: 'Find members by exact ID number (keyed hash) or mobile number, sent in the body',
  middleware: [manageParty] as const,
  request: { body: body(memberLookupBody) },
  responses: { 200: json(memberLookupResult, 'The members found, masked'), ...errors },
});

const createMemberRoute = createRoute({
  method: 'post',
  path: '/api/party/members',
  tags,
  summary: "Add a party member with the category's required fields (audited, numbers masked in the log)",
  middleware: [manageParty] as const,
  request: { body: body(memberCreateBody) },
  responses: { 201: json(memberSchema, 'The new member, ID number masked'), ...errors },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/party/members/{id}',
  tags,
  summary: 'One party member, ID number masked',
  middleware: [readParty] as const,
  request: { params: idParams },
  responses: { 200: json(memberSchema, 'The member'), ...errors },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/api/party/members/{id}',
  tags,
  summary: "Change a member; the category's rules are checked again (audited)",
  middleware: [manageParty] as const,
  request: { params: idParams, body: body(memberPatchBody) },
  responses: { 200: json(memberSchema, 'The member after the change'), ...errors },
});

const revealRoute = createRoute({
  method: 'post',
  path: '/api/party/members/{id}/reveal-id',
  tags,
  summary: 'The whole resident ID number (party:reveal-id; every reveal audited)',
  middleware: [revealIds] as const,
  request: { params: idParams },
  responses: { 200: json(revealedIdNumber, 'The ID number (not cached)'), ...errors },
});

const transfersRoute = createRoute({
  method: 'get',
  path: '/api/party/members/{id}/transfers',
  tags,
  summary: "A member's transfers between branches, newest first",
  middleware: [readParty] as const,
  request: { params: idParams },
  responses: { 200: json(transferList, 'The transfer history'), ...errors },
});

const transferRoute = createRoute({
  method: 'post',
  path: '/api/party/members/{id}/transfers',
  tags,
  summary: 'Transfer a member to another branch of the county in your scope (history kept, audited)',
  middleware: [manageParty] as const,
  request: { params: idParams, body: body(transferBody) },
  responses: { 200: json(memberSchema, 'The member on the new branch'), ...errors },
});

const contactsRoute = createRoute({
  method: 'get',
  path: '/api/party/members/{id}/contacts',
  tags,
  summary: "An unemployed member's contact log",
  middleware: [readParty] as const,
  request: { params: idParams },
  responses: { 200: json(contactList, 'Contacts, newest first'), ...errors },
});

const addContactRoute = createRoute({
  method: 'post',
  path: '/api/party/members/{id}/contacts',
  tags,
  summary: 'Log a contact with an unemployed member (audited)',
  middleware: [manageParty] as const,
  request: { params: idParams, body: body(contactBody) },
  responses: { 201: json(contactResult, 'The contact'), ...errors },
});

const assessmentsRoute = createRoute({
  method: 'get',
  path: '/api/party/members/{id}/assessments',
  tags,
  summary: "An unemployed member's periodic assessments",
  middleware: [readParty] as const,
  request: { params: idParams },
  responses: { 200: json(assessmentList, 'Assessments, newest period first'), ...errors },
});

const addAssessmentRoute = createRoute({
  method: 'post',
  path: '/api/party/members/{id}/assessments',
  tags,
  summary: 'Record the assessment of an unemployed member for a period (audited)',
  middleware: [manageParty] as const,
  request: { params: idParams, body: body(assessmentBody) },
  responses: { 201: json(assessmentResult, 'The assessment'), ...errors },
});

/** `/api/party/members`: members by category, their numbers protected, transfers and unemployed records. */
export function memberRoutes({
  database,
  personalData,
}: Pick<Services, 'database'> & { personalData: PersonalDataProtector }) {
  return createRouter()
    .openapi(templateRoute, async (c) => download(c, await memberTemplateWorkbook(), '党员导入模板.xlsx'))
    .openapi(importRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const { villageId, contentBase64, dryRun, onlyValidRows } = c.req.valid('json');
      const report = await inCounty(database, scope.tenantId, (tx) =>
        importPartyMembers(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          protector: personalData,
          villageId,
          file: { content: Buffer.from(contentBase64, 'base64') },
          isDryRun: dryRun,
          onlyValidRows,
        }),
      );
      return c.json(report, 200);
    })
    .openapi(exportRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const content = await inCounty(database, scope.tenantId, (tx) =>
        exportPartyMembers(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          query: c.req.valid('query'),
        }),
      );
      return download(c, content, `党员名册-${new Date().toISOString().slice(0, 10)}.xlsx`);
    })
    .openapi(listRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const query = c.req.valid('query');
      const page = await inCounty(database, scope.tenantId, (tx) => listPartyMembers(tx, scope, query));
      return c.json({ ...page, page: query.page, pageSize: query.pageSize }, 200);
    })
    .openapi(lookupRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const { idNumber, phone } = c.req.valid('json');
      const items = await inCounty(database, scope.tenantId, (tx) =>
        lookupPartyMembers(tx, { scope, protector: personalData, idNumber, phone }),
      );
      c.header('cache-control', 'no-store');
      return c.json({ items }, 200);
    })
    .openapi(createMemberRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const member = await inCounty(database, scope.tenantId, (tx) =>
        createPartyMember(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          protector: personalData,
          member: c.req.valid('json'),
        }),
      );
      return c.json(forUser(user, member), 201);
    })
    .openapi(getRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const { id } = c.req.valid('param');
      const member = await inCounty(database, scope.tenantId, (tx) => getPartyMember(tx, scope, id));
      c.header('cache-control', 'no-store');
      return c.json(forUser(user, member), 200);
    })
    .openapi(patchRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const member = await inCounty(database, scope.tenantId, (tx) =>
        updatePartyMember(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          protector: personalData,
          id: c.req.valid('param').id,
          changes: c.req.valid('json'),
        }),
      );
      return c.json(forUser(user, member), 200);
    })
    .openapi(revealRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const revealed = await inCounty(database, scope.tenantId, (tx) =>
        revealIdNumber(tx, {
          scope,
          user,
          requestId: c.get('requestId'),
          protector: personalData,
          id: c.req.valid('param').id,
        }),
      );
      c.header('cache-control', 'no-store');
      return c.json(revealed, 200);
    })
    .openapi(transfersRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const { id } = c.req.valid('param');
      const items = await inCounty(database, scope.tenantId, (tx) => listMemberTransfers(tx, scope, id));
      return c.json({ items }, 200);
    })
    .openapi(transferRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const transfer = c.req.valid('json');
      const member = await inCounty(database, scope.tenantId, (tx) =>
        transferPartyMember(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          id: c.req.valid('param').id,
          ...transfer,
        }),
      );
      return c.json(forUser(user, member), 200);
    })
    .openapi(contactsRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const { id } = c.req.valid('param');
      const items = await inCounty(database, scope.tenantId, (tx) => listMemberContacts(tx, scope, id));
      return c.json({ items }, 200);
    })
    .openapi(addContactRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const contact = await inCounty(database, scope.tenantId, (tx) =>
        addMemberContact(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          memberId: c.req.valid('param').id,
          contact: c.req.valid('json'),
        }),
      );
      return c.json(contact, 201);
    })
    .openapi(assessmentsRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const { id } = c.req.valid('param');
      const items = await inCounty(database, scope.tenantId, (tx) => listMemberAssessments(tx, scope, id));
      return c.json({ items }, 200);
    })
    .openapi(addAssessmentRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const assessment = await inCounty(database, scope.tenantId, (tx) =>
        recordMemberAssessment(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          memberId: c.req.valid('param').id,
          assessment: c.req.valid('json'),
        }),
      );
      return c.json(assessment, 201);
    });
}
