import { partyCentreKinds, partyCentreServices } from '@cunshe/db/schema';
import { z } from '@hono/zod-openapi';
import { pageOf, pageQuery } from '../../pagination';

const kind = z.enum(partyCentreKinds).openapi({ example: 'activity' });
const service = z.enum(partyCentreServices).openapi({ example: 'party-member-services' });
const optionalText = (max: number) => z.string().max(max).nullable().optional();

/** `GET /api/party/centres` query. */
export const centreListQuery = pageQuery.extend({
  villageId: z.guid().optional().openapi({ description: 'the centres of this village' }),
  townshipId: z
    .guid()
    .optional()
    .openapi({ description: 'the centres of this township and of its villages' }),
  kind: kind.optional(),
});

/** A centre. */
export const centreSchema = z
  .object({
    id: z.guid(),
    level: z.enum(['village', 'township']),
    villageId: z.guid().nullable(),
    villageName: z.string().nullable().openapi({ example: '潭江村' }),
    townshipId: z.guid(),
    townshipName: z.string().openapi({ example: '虎圩乡' }),
    kind,
    name: z.string().openapi({ example: '潭江村党员活动中心' }),
    services: z.array(service),
    address: z.string().nullable(),
    openingHours: z.string().nullable(),
    personInCharge: z.string().nullable(),
    activityCount: z.number().int(),
    version: z.number().int(),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('PartyCentre');

/** A page of centres. */
export const centrePage = pageOf(centreSchema).openapi('PartyCentrePage');

const centreFields = {
  kind,
  name: z.string().max(60).openapi({ example: '潭江村党员活动中心' }),
  services: z.array(service).max(partyCentreServices.length),
  address: optionalText(200).openapi({ example: '潭江村村委会一楼' }),
  openingHours: optionalText(100).openapi({ example: '周一至周五 8:30-17:30' }),
  personInCharge: optionalText(50).openapi({ example: '王建华' }),
};

/** `POST /api/party/centres` body: a village or a township (exactly one). */
export const centreCreateBody = z
  .object({
    villageId: z.guid().nullable().optional(),
    townshipId: z.guid().nullable().optional(),
    ...centreFields,
  })
  .openapi('PartyCentreCreate');

/** `PATCH /api/party/centres/{id}` body: the version the caller loaded, and the changed fields. */
export const centrePatchBody = z
  .object({ version: z.number().int().min(1), ...z.object(centreFields).partial().shape })
  .openapi('PartyCentrePatch');

/** `DELETE /api/party/centres/{id}` query: the version the caller saw. */
export const centreDeleteQuery = z.object({ version: z.coerce.number().int().min(1) });
