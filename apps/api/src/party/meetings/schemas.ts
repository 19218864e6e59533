import { partyMeetingKinds } from '@cunshe/db/schema';
import { z } from '@hono/zod-openapi';
import { pageOf, pageQuery } from '../../pagination';

const date = z.iso.date();
const kind = z.enum(partyMeetingKinds).openapi({ example: 'general-meeting' });
const status = z.enum(['held', 'planned', 'overdue']);
const optionalText = (max: number) => z.string().max(max).nullable().optional();

/** `GET /api/party/meetings` query. */
export const meetingListQuery = pageQuery.extend({
  villageId: z.guid().optional(),
  organizationId: z.guid().optional(),
  kind: kind.optional(),
  status: status.optional(),
});

/** A meeting in a list. */
export const meetingListItemSchema = z
  .object({
    id: z.guid(),
    villageId: z.guid(),
    villageName: z.string(),
    organizationId: z.guid(),
    organizationName: z.string(),
    kind,
    topic: z.string(),
    plannedOn: date.nullable(),
    heldOn: date.nullable(),
    location: z.string().nullable(),
    notes: z.string().nullable(),
    status,
    presentCount: z.number().int(),
    absentCount: z.number().int(),
  })
  .openapi('PartyMeetingListItem');

/** A page of meetings. */
export const meetingPage = pageOf(meetingListItemSchema).openapi('PartyMeetingPage');

/** A meeting with its attendance. */
export const meetingSchema = meetingListItemSchema
  .extend({
    attendance: z.array(
      z.object({
        memberId: z.guid(),
        memberName: z.string(),
        isPresent: z.boolean(),
        absenceReason: z.string().nullable(),
      }),
    ),
  })
  .openapi('PartyMeeting');

const attendance = z
  .array(z.object({ memberId: z.guid(), isPresent: z.boolean(), absenceReason: optionalText(200) }))
  .max(500);

const meetingFields = {
  topic: z.string().max(200).openapi({ example: '学习党的二十大精神' }),
  plannedOn: date.nullable().optional(),
  heldOn: date.nullable().optional(),
  location: optionalText(100),
  notes: optionalText(2000),
};

/** `POST /api/party/meetings` body. */
export const meetingCreateBody = z
  .object({ organizationId: z.guid(), kind, ...meetingFields, attendance: attendance.optional() })
  .openapi('PartyMeetingCreate');

/** `PATCH /api/party/meetings/{id}` body; `attendance` replaces the list when given. */
export const meetingPatchBody = z
  .object({ ...meetingFields, attendance: attendance.optional() })
  .partial()
  .openapi('PartyMeetingPatch');

/** `GET /api/party/meeting-status` query. */
export const meetingStatusQuery = z.object({
  villageId: z.guid().optional(),
  organizationId: z.guid().optional(),
});

/** The 三会一课 standing of each organization. */
export const meetingStatusSchema = z
  .object({
    asOf: date,
    items: z.array(
      z.object({
        organizationId: z.guid(),
        organizationName: z.string(),
        villageId: z.guid(),
        villageName: z.string(),
        isOverdue: z.boolean(),
        kinds: z.array(
          z.object({
            kind,
            intervalMonths: z.number().int(),
            lastHeldOn: date.nullable(),
            dueBy: date,
            isOverdue: z.boolean(),
            overduePlannedCount: z.number().int(),
          }),
        ),
      }),
    ),
  })
  .openapi('PartyMeetingStatus');
