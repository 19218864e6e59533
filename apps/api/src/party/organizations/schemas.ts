import { partyOrganizationKinds } from '@cunshe/db/schema';
import { z } from '@hono/zod-openapi';
import { pageOf, pageQuery } from '../../pagination';

const kind = z.enum(partyOrganizationKinds).openapi({ example: 'branch' });

/** `GET /api/party/organizations` query. */
export const organizationListQuery = pageQuery.extend({
  villageId: z.guid().optional(),
  kind: kind.optional(),
});

/** A party organization. */
export const organizationSchema = z
  .object({
    id: z.guid(),
    villageId: z.guid(),
    villageName: z.string().openapi({ example: '潭江村' }),
    kind,
    name: z.string().openapi({ example: '潭江村党支部' }),
    parentId: z.guid().nullable(),
    parentName: z.string().nullable(),
    pluginId: z.string().nullable(),
    associationKey: z.string().nullable(),
    secretaryMemberId: z.guid().nullable(),
    secretaryName: z.string().nullable(),
    establishedOn: z.iso.date().nullable(),
    memberCount: z.number().int(),
  })
  .openapi('PartyOrganization');

/** A page of organizations. */
export const organizationPage = pageOf(organizationSchema).openapi('PartyOrganizationPage');

/** `/api/party/organizations/{id}` path parameters. */
export const idParams = z.object({ id: z.guid().openapi({ param: { name: 'id', in: 'path' } }) });

/** `POST /api/party/organizations` body. */
export const organizationCreateBody = z
  .object({
    villageId: z.guid(),
    kind,
    name: z.string().trim().min(1).max(60).openapi({ example: '第一党小组' }),
    parentId: z.guid().nullable().optional(),
    pluginId: z.string().max(60).nullable().optional(),
    associationKey: z.string().max(60).nullable().optional(),
    establishedOn: z.iso.date().nullable().optional(),
  })
  .openapi('PartyOrganizationCreate');

/** `PATCH /api/party/organizations/{id}` body. */
export const organizationPatchBody = z
  .object({
    name: z.string().trim().min(1).max(60).optional(),
    secretaryMemberId: z.guid().nullable().optional(),
    establishedOn: z.iso.date().nullable().optional(),
  })
  .openapi('PartyOrganizationPatch');
