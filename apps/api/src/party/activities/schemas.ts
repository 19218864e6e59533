import { partyActivityKinds } from '@cunshe/db/schema';
import { z } from '@hono/zod-openapi';
import { pageOf, pageQuery } from '../../pagination';

const date = z.iso.date();
const kind = z.enum(partyActivityKinds).openapi({ example: 'dedication-day' });
const optionalText = (max: number) => z.string().max(max).nullable().optional();

/** `GET /api/party/activities` query. */
export const activityListQuery = pageQuery.extend({
  villageId: z.guid().optional(),
  kind: kind.optional(),
  q: z.string().max(50).optional().openapi({ description: 'part of the title' }),
  from: date.optional(),
  to: date.optional(),
});

const participantSchema = z.object({
  memberId: z.guid(),
  memberName: z.string(),
  hours: z.number(),
  role: z.string().nullable(),
});

/** An activity in a list. */
export const activityListItemSchema = z
  .object({
    id: z.guid(),
    villageId: z.guid(),
    villageName: z.string(),
    organizationId: z.guid().nullable(),
    organizationName: z.string().nullable(),
    centreId: z.guid().nullable(),
    centreName: z.string().nullable(),
    kind,
    title: z.string().openapi({ example: '党员奉献日：清理村道' }),
    description: z.string().nullable(),
    location: z.string().nullable(),
    startedOn: date,
    endedOn: date.nullable(),
    householdName: z.string().nullable(),
    householdSituation: z.string().nullable(),
    participantCount: z.number().int(),
    totalHours: z.number(),
  })
  .openapi('PartyActivityListItem');

/** A page of activities. */
export const activityPage = pageOf(activityListItemSchema).openapi('PartyActivityPage');

/** An activity with its participants. */
export const activitySchema = activityListItemSchema
  .extend({ participants: z.array(participantSchema) })
  .openapi('PartyActivity');

const participantInput = z.object({
  memberId: z.guid(),
  hours: z.number().min(0).max(999.9).openapi({ example: 2.5 }),
  role: optionalText(50),
});

const activityFields = {
  organizationId: z.guid().nullable().optional(),
  centreId: z
    .guid()
    .nullable()
    .optional()
    .openapi({ description: 'the centre of the village or of its township the activity belongs to' }),
  kind,
  title: z.string().max(100).openapi({ example: '党员奉献日：清理村道' }),
  description: optionalText(2000),
  location: optionalText(100),
  startedOn: date,
  endedOn: date.nullable().optional(),
  householdName: optionalText(50).openapi({ description: 'pairing assistance: the household helped' }),
  householdSituation: optionalText(500),
};

/** `POST /api/party/activities` body. */
export const activityCreateBody = z
  .object({
    villageId: z.guid(),
    ...activityFields,
    participants: z.array(participantInput).max(500).optional(),
  })
  .openapi('PartyActivityCreate');

/** `PATCH /api/party/activities/{id}` body. */
export const activityPatchBody = z.object(activityFields).partial().openapi('PartyActivityPatch');

/** `PUT /api/party/activities/{id}/participants` body. */
export const participantsBody = z
  .object({ participants: z.array(participantInput).max(500) })
  .openapi('PartyActivityParticipants');

/** `GET /api/party/members/{id}/activities` answer. */
export const memberActivityRecordSchema = z
  .object({
    items: z.array(
      z.object({
        activityId: z.guid(),
        kind,
        title: z.string(),
        startedOn: date,
        endedOn: date.nullable(),
        hours: z.number(),
        role: z.string().nullable(),
      }),
    ),
    totalHours: z.number(),
  })
  .openapi('PartyMemberActivityRecord');
