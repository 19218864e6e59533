import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import {
  type PartyMeetingKind,
  partyMeetingAttendances,
  partyMeetings,
  partyMembers,
} from '@cunshe/db/schema';
import { type FieldError, InputError, NotFoundError } from '@cunshe/errors';
import { and, eq, inArray, or } from 'drizzle-orm';
import { todayInChina } from '../dates';
import { organizationRowOfScope } from '../organizations/get-party-organization';
import { type PartyScope, villageInScope } from '../party-scope';
import { getPartyMeeting, type PartyMeetingView } from './get-party-meeting';
import { meetingKindsOf } from './meeting-rules';

/** One member's attendance: present, or absent with the reason (请假事由). */
export interface AttendanceInput {
  memberId: string;
  isPresent: boolean;
  absenceReason?: string | null | undefined;
}

/** A meeting's fields: planned for a day, held on a day, or both. */
export interface PartyMeetingFields {
  kind: PartyMeetingKind;
  topic: string;
  plannedOn?: string | null | undefined;
  heldOn?: string | null | undefined;
  location?: string | null | undefined;
  notes?: string | null | undefined;
}

const text = (value: string | null | undefined) => value?.normalize('NFC').trim() || null;

function checkFields(
  organizationKind: Parameters<typeof meetingKindsOf>[0],
  fields: PartyMeetingFields,
  today: string,
) {
  const errors: FieldError[] = [];
  if (!meetingKindsOf(organizationKind).includes(fields.kind)) {
    errors.push({
      path: 'kind',
      message: `a ${organizationKind} holds ${meetingKindsOf(organizationKind).join(', ')}`,
    });
  }
  if (!text(fields.topic)) errors.push({ path: 'topic', message: 'the topic is required' });
  if (!fields.plannedOn && !fields.heldOn) {
    errors.push({ path: 'plannedOn', message: 'give the planned day, the day it was held, or both' });
  }
  if (fields.heldOn && fields.heldOn > today) {
    errors.push({ path: 'heldOn', message: 'a meeting held in the future is planned: set plannedOn' });
  }
  return errors;
}

/**
 * Replaces a meeting's attendance: each member of the organization (on its books, or in the party group)
 * once; an absence carries its reason. Only a held meeting has attendance.
 */
async function replaceAttendance(
  tx: Tx,
  scope: PartyScope,
  meeting: { id: string; villageId: string; organizationId: string; heldOn: string | null },
  attendance: AttendanceInput[],
) {
  const errors: FieldError[] = [];
  if (!meeting.heldOn && attendance.length > 0) {
    errors.push({ path: 'attendance', message: 'attendance is recorded once the meeting is held (heldOn)' });
  }
  const ids = attendance.map((a) => a.memberId);
  const members = ids.length
    ? await tx
        .select({ id: partyMembers.id })
        .from(partyMembers)
        .where(
          and(
            eq(partyMembers.tenantId, scope.tenantId),
            inArray(partyMembers.id, ids),
            or(
              eq(partyMembers.organizationId, meeting.organizationId),
              eq(partyMembers.groupId, meeting.organizationId),
            ),
          ),
        )
    : [];
  const known = new Set(members.map((m) => m.id));
  const seen = new Set<string>();
  attendance.forEach((entry, i) => {
    if (!known.has(entry.memberId)) {
      errors.push({ path: `attendance.${i}.memberId`, message: 'must be a member of the organization' });
    } else if (seen.has(entry.memberId)) {
      errors.push({ path: `attendance.${i}.memberId`, message: 'the member is listed twice' });
    }
    seen.add(entry.memberId);
    if (!entry.isPresent && !text(entry.absenceReason)) {
      errors.push({ path: `attendance.${i}.absenceReason`, message: 'an absence needs its reason' });
    }
  });
  if (errors.length > 0) throw new InputError('The attendance breaks a rule.', errors);
  await tx
    .delete(partyMeetingAttendances)
    .where(
      and(
        eq(partyMeetingAttendances.tenantId, scope.tenantId),
        eq(partyMeetingAttendances.meetingId, meeting.id),
      ),
    );
  if (attendance.length === 0) return;
  await tx.insert(partyMeetingAttendances).values(
    attendance.map((entry) => ({
      tenantId: scope.tenantId,
      villageId: meeting.villageId,
      meetingId: meeting.id,
      memberId: entry.memberId,
      isPresent: entry.isPresent,
      absenceReason: entry.isPresent ? null : text(entry.absenceReason),
    })),
  );
}

/**
 * Plans or records a meeting of 三会一课 for an organization of the scope, with attendance when held,
 * audited (`party-meeting.created`). The kind must be one the organization holds (a party group its group
 * meeting, a branch the other three).
 * @throws NotFoundError for an organization outside the scope; InputError naming each broken field
 * (`attendance.<i>.absenceReason` for an absence without a reason).
 */
export async function createPartyMeeting(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    organizationId: string;
    meeting: PartyMeetingFields;
    attendance?: AttendanceInput[] | undefined;
    today?: string | undefined;
  },
): Promise<PartyMeetingView> {
  const { scope, meeting } = input;
  const today = input.today ?? todayInChina();
  const organization = await organizationRowOfScope(tx, scope, input.organizationId);
  const errors = checkFields(organization.kind, meeting, today);
  if (errors.length > 0) throw new InputError('The meeting breaks a rule.', errors);
  const [created] = await tx
    .insert(partyMeetings)
    .values({
      tenantId: scope.tenantId,
      villageId: organization.villageId,
      organizationId: organization.id,
      kind: meeting.kind,
      topic: text(meeting.topic) ?? '',
      plannedOn: meeting.plannedOn ?? null,
      heldOn: meeting.heldOn ?? null,
      location: text(meeting.location),
      notes: text(meeting.notes),
    })
    .returning();
  if (!created) throw new Error('party_meetings: the insert returned no row');
  await replaceAttendance(tx, scope, created, input.attendance ?? []);
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-meeting.created',
    entity: 'party-meeting',
    entityId: created.id,
    after: {
      organizationId: organization.id,
      kind: created.kind,
      topic: created.topic,
      plannedOn: created.plannedOn,
      heldOn: created.heldOn,
      absent: (input.attendance ?? []).filter((a) => !a.isPresent).length,
    },
    requestId: input.requestId,
  });
  return getPartyMeeting(tx, scope, created.id, today);
}

/**
 * Changes a meeting of the scope (e.g. records it as held, with attendance); absent fields stay, and
 * `attendance`, when given, replaces the list. Audited (`party-meeting.updated`).
 * @throws NotFoundError outside the scope; InputError naming each broken field.
 */
export async function updatePartyMeeting(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    id: string;
    changes: Partial<Omit<PartyMeetingFields, 'kind'>>;
    attendance?: AttendanceInput[] | undefined;
    today?: string | undefined;
  },
): Promise<PartyMeetingView> {
  const { scope, changes } = input;
  const today = input.today ?? todayInChina();
  const [before] = await tx
    .select()
    .from(partyMeetings)
    .where(
      and(
        eq(partyMeetings.tenantId, scope.tenantId),
        eq(partyMeetings.id, input.id),
        villageInScope(partyMeetings.villageId, scope),
      ),
    );
  if (!before) throw new NotFoundError(`No meeting ${input.id} in your scope.`);
  const organization = await organizationRowOfScope(tx, scope, before.organizationId);
  const merged: PartyMeetingFields = {
    kind: before.kind,
    topic: changes.topic ?? before.topic,
    plannedOn: changes.plannedOn === undefined ? before.plannedOn : changes.plannedOn,
    heldOn: changes.heldOn === undefined ? before.heldOn : changes.heldOn,
    location: changes.location === undefined ? before.location : changes.location,
    notes: changes.notes === undefined ? before.notes : changes.notes,
  };
  const errors = checkFields(organization.kind, merged, today);
  if (errors.length > 0) throw new InputError('The meeting breaks a rule.', errors);
  const [after] = await tx
    .update(partyMeetings)
    .set({
      topic: text(merged.topic) ?? '',
      plannedOn: merged.plannedOn ?? null,
      heldOn: merged.heldOn ?? null,
      location: text(merged.location),
      notes: text(merged.notes),
      updatedAt: new Date(),
    })
    .where(and(eq(partyMeetings.tenantId, scope.tenantId), eq(partyMeetings.id, before.id)))
    .returning();
  if (!after) throw new Error('party_meetings: the update returned no row');
  if (input.attendance !== undefined) await replaceAttendance(tx, scope, after, input.attendance);
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-meeting.updated',
    entity: 'party-meeting',
    entityId: before.id,
    before: { topic: before.topic, plannedOn: before.plannedOn, heldOn: before.heldOn },
    after: { topic: after.topic, plannedOn: after.plannedOn, heldOn: after.heldOn },
    requestId: input.requestId,
  });
  return getPartyMeeting(tx, scope, before.id, today);
}
