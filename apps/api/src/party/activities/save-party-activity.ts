import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import {
  type PartyActivityKind,
  partyActivities,
  partyActivityParticipants,
  partyMembers,
} from '@cunshe/db/schema';
import { type FieldError, InputError, NotFoundError } from '@cunshe/errors';
import { and, eq, inArray } from 'drizzle-orm';
import { assertCentreOfVillage } from '../centres/centre-scope';
import { organizationRowOfScope } from '../organizations/get-party-organization';
import { type PartyScope, villageInScope, villageOfScope } from '../party-scope';
import { roundHours } from './activity-views';
import { getPartyActivity, type PartyActivityView } from './get-party-activity';

/** An activity's own fields. A pairing assistance (结对帮扶) names the household it helps. */
export interface PartyActivityFields {
  organizationId?: string | null | undefined;
  /** A centre (三大中心) of the activity's village or of its township. */
  centreId?: string | null | undefined;
  kind: PartyActivityKind;
  title: string;
  description?: string | null | undefined;
  location?: string | null | undefined;
  startedOn: string;
  endedOn?: string | null | undefined;
  householdName?: string | null | undefined;
  householdSituation?: string | null | undefined;
}

/** One participant: a member of the activity's village, the hours they gave, their role (e.g. the post). */
export interface ParticipantInput {
  memberId: string;
  hours: number;
  role?: string | null | undefined;
}

const text = (value: string | null | undefined) => value?.normalize('NFC').trim() || null;

async function checkedFields(tx: Tx, scope: PartyScope, villageId: string, fields: PartyActivityFields) {
  const errors: FieldError[] = [];
  if (!text(fields.title)) errors.push({ path: 'title', message: 'the title is required' });
  if (fields.endedOn && fields.endedOn < fields.startedOn) {
    errors.push({ path: 'endedOn', message: 'the activity ends before it starts' });
  }
  if (fields.kind === 'pairing-assistance' && !text(fields.householdName)) {
    errors.push({ path: 'householdName', message: 'a pairing assistance names the household it helps' });
  }
  if (errors.length > 0) throw new InputError('The activity breaks a rule.', errors);
  if (fields.organizationId) {
    const organization = await organizationRowOfScope(tx, scope, fields.organizationId);
    if (organization.villageId !== villageId) {
      throw new InputError('The organization must be of the same village.', [
        { path: 'organizationId', message: 'must be a party organization of the activity’s village' },
      ]);
    }
  }
  if (fields.centreId) await assertCentreOfVillage(tx, scope, villageId, fields.centreId);
  const isPairing = fields.kind === 'pairing-assistance';
  return {
    organizationId: fields.organizationId ?? null,
    centreId: fields.centreId ?? null,
    kind: fields.kind,
    title: text(fields.title) ?? '',
    description: text(fields.description),
    location: text(fields.location),
    startedOn: fields.startedOn,
    endedOn: fields.endedOn ?? null,
    householdName: isPairing ? text(fields.householdName) : null,
    householdSituation: isPairing ? text(fields.householdSituation) : null,
  };
}

/**
 * Replaces the participants of an activity (in the caller's transaction): each a member of the activity's
 * village on its books, once, with 0-999.9 hours.
 * @throws InputError naming `participants.<i>.memberId` or `.hours`.
 */
async function replaceParticipants(
  tx: Tx,
  scope: PartyScope,
  activity: { id: string; villageId: string },
  participants: ParticipantInput[],
) {
  const errors: FieldError[] = [];
  const ids = participants.map((p) => p.memberId);
  const found = ids.length
    ? await tx
        .select({ id: partyMembers.id, status: partyMembers.status })
        .from(partyMembers)
        .where(
          and(
            eq(partyMembers.tenantId, scope.tenantId),
            eq(partyMembers.villageId, activity.villageId),
            inArray(partyMembers.id, ids),
          ),
        )
    : [];
  const onBooks = new Set(
    found.filter((m) => m.status === 'full' || m.status === 'probationary').map((m) => m.id),
  );
  const seen = new Set<string>();
  participants.forEach((participant, i) => {
    if (!onBooks.has(participant.memberId)) {
      errors.push({
        path: `participants.${i}.memberId`,
        message: 'must be a member of the activity’s village',
      });
    } else if (seen.has(participant.memberId)) {
      errors.push({ path: `participants.${i}.memberId`, message: 'the member is listed twice' });
    }
    seen.add(participant.memberId);
    if (!(participant.hours >= 0 && participant.hours <= 999.9)) {
      errors.push({ path: `participants.${i}.hours`, message: 'between 0 and 999.9 hours' });
    }
  });
  if (errors.length > 0) throw new InputError('The participants break a rule.', errors);
  await tx
    .delete(partyActivityParticipants)
    .where(
      and(
        eq(partyActivityParticipants.tenantId, scope.tenantId),
        eq(partyActivityParticipants.activityId, activity.id),
      ),
    );
  if (participants.length === 0) return;
  await tx.insert(partyActivityParticipants).values(
    participants.map((participant) => ({
      tenantId: scope.tenantId,
      villageId: activity.villageId,
      activityId: activity.id,
      memberId: participant.memberId,
      hours: roundHours(participant.hours),
      role: text(participant.role),
    })),
  );
}

/**
 * Records an activity in a village of the scope, with its participants if given, audited
 * (`party-activity.created`).
 * @throws NotFoundError for a village or organization outside the scope; InputError naming the field.
 */
export async function createPartyActivity(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    villageId: string;
    activity: PartyActivityFields;
    participants?: ParticipantInput[] | undefined;
  },
): Promise<PartyActivityView> {
  const { scope } = input;
  const village = await villageOfScope(tx, scope, input.villageId);
  const values = await checkedFields(tx, scope, village.id, input.activity);
  const [created] = await tx
    .insert(partyActivities)
    .values({ tenantId: scope.tenantId, villageId: village.id, ...values })
    .returning();
  if (!created) throw new Error('party_activities: the insert returned no row');
  if (input.participants) await replaceParticipants(tx, scope, created, input.participants);
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-activity.created',
    entity: 'party-activity',
    entityId: created.id,
    after: { villageId: village.id, ...values, participants: input.participants?.length ?? 0 },
    requestId: input.requestId,
  });
  return getPartyActivity(tx, scope, created.id);
}

async function activityRowOfScope(tx: Tx, scope: PartyScope, id: string) {
  const [row] = await tx
    .select()
    .from(partyActivities)
    .where(
      and(
        eq(partyActivities.tenantId, scope.tenantId),
        eq(partyActivities.id, id),
        villageInScope(partyActivities.villageId, scope),
      ),
    );
  if (!row) throw new NotFoundError(`No party activity ${id} in your scope.`);
  return row;
}

/**
 * Changes an activity of the scope; absent fields stay. Audited (`party-activity.updated`).
 * @throws NotFoundError outside the scope; InputError naming the field.
 */
export async function updatePartyActivity(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    id: string;
    changes: Partial<PartyActivityFields>;
  },
): Promise<PartyActivityView> {
  const { scope, changes } = input;
  const before = await activityRowOfScope(tx, scope, input.id);
  const merged: PartyActivityFields = {
    organizationId: changes.organizationId === undefined ? before.organizationId : changes.organizationId,
    centreId: changes.centreId === undefined ? before.centreId : changes.centreId,
    kind: changes.kind ?? before.kind,
    title: changes.title ?? before.title,
    description: changes.description === undefined ? before.description : changes.description,
    location: changes.location === undefined ? before.location : changes.location,
    startedOn: changes.startedOn ?? before.startedOn,
    endedOn: changes.endedOn === undefined ? before.endedOn : changes.endedOn,
    householdName: changes.householdName === undefined ? before.householdName : changes.householdName,
    householdSituation:
      changes.householdSituation === undefined ? before.householdSituation : changes.householdSituation,
  };
  const values = await checkedFields(tx, scope, before.villageId, merged);
  await tx
    .update(partyActivities)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(partyActivities.tenantId, scope.tenantId), eq(partyActivities.id, before.id)));
  const { createdAt: _c, updatedAt: _u, tenantId: _t, ...snapshot } = before;
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-activity.updated',
    entity: 'party-activity',
    entityId: before.id,
    before: snapshot,
    after: values,
    requestId: input.requestId,
  });
  return getPartyActivity(tx, scope, before.id);
}

/**
 * Sets who took part in an activity of the scope and for how long (replacing the list), audited
 * (`party-activity.participants-set`).
 * @throws NotFoundError outside the scope; InputError naming `participants.<i>.<field>`.
 */
export async function setActivityParticipants(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    id: string;
    participants: ParticipantInput[];
  },
): Promise<PartyActivityView> {
  const activity = await activityRowOfScope(tx, input.scope, input.id);
  await replaceParticipants(tx, input.scope, activity, input.participants);
  await recordAudit(tx, {
    tenantId: input.scope.tenantId,
    actor: input.actor,
    action: 'party-activity.participants-set',
    entity: 'party-activity',
    entityId: activity.id,
    after: {
      participants: input.participants.map((p) => ({ memberId: p.memberId, hours: roundHours(p.hours) })),
    },
    requestId: input.requestId,
  });
  return getPartyActivity(tx, input.scope, activity.id);
}
