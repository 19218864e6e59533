import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import {
  type CadrePost,
  type CadreSelection,
  cadres,
  partyMembers,
  villageCommittees,
} from '@cunshe/db/schema';
import { ConflictError, type FieldError, InputError, NotFoundError } from '@cunshe/errors';
import { and, eq, ne } from 'drizzle-orm';
import { type PartyScope, villageInScope } from '../party-scope';
import { headPostOf, postsOf } from './cadre-facts';

/** A cadre's fields. A party branch committee's cadres are party members; a villagers' committee's may not be. */
export interface CadreFields {
  memberId?: string | null | undefined;
  /** Required without `memberId`; taken from the member otherwise. */
  name?: string | null | undefined;
  post: CadrePost;
  selection: CadreSelection;
  isTwoRecommendationsOneElection?: boolean | undefined;
  startedOn: string;
  endedOn?: string | null | undefined;
}

async function committeeOfScope(tx: Tx, scope: PartyScope, committeeId: string) {
  const [committee] = await tx
    .select()
    .from(villageCommittees)
    .where(
      and(
        eq(villageCommittees.tenantId, scope.tenantId),
        eq(villageCommittees.id, committeeId),
        villageInScope(villageCommittees.villageId, scope),
      ),
    );
  if (!committee) throw new NotFoundError(`No committee ${committeeId} in your scope.`);
  return committee;
}

const overlaps = (
  a: { startedOn: string; endedOn: string | null },
  b: { startedOn: string; endedOn: string | null },
) => (b.endedOn === null || a.startedOn <= b.endedOn) && (a.endedOn === null || b.startedOn <= a.endedOn);

/**
 * Checks a cadre against the committee's rules and answers the row's values: the post belongs to the
 * committee, a branch committee's cadre is a party member of the village on its books, the dates lie in the
 * term, one head (secretary, director) at a time, and one post per person per committee at a time.
 */
async function checkedCadre(
  tx: Tx,
  scope: PartyScope,
  committee: typeof villageCommittees.$inferSelect,
  fields: CadreFields,
  exceptId?: string,
) {
  const errors: FieldError[] = [];
  if (!postsOf[committee.kind].includes(fields.post)) {
    errors.push({
      path: 'post',
      message: `a ${committee.kind} has the posts ${postsOf[committee.kind].join(', ')}`,
    });
  }
  if (committee.kind === 'party-branch-committee' && !fields.memberId) {
    errors.push({ path: 'memberId', message: 'a party branch committee’s cadre is a party member' });
  }
  if (!fields.memberId && !fields.name?.trim())
    errors.push({ path: 'name', message: 'the name is required' });
  if (fields.startedOn < committee.termStartedOn || fields.startedOn > committee.termEndsOn) {
    errors.push({
      path: 'startedOn',
      message: `must lie in the term ${committee.termStartedOn} – ${committee.termEndsOn}`,
    });
  }
  if (fields.endedOn && fields.endedOn < fields.startedOn) {
    errors.push({ path: 'endedOn', message: 'the post ends before it starts' });
  }
  if (errors.length > 0) throw new InputError('The cadre breaks a rule.', errors);
  let name = fields.name?.normalize('NFC').trim() ?? '';
  if (fields.memberId) {
    const [member] = await tx
      .select({ name: partyMembers.name, status: partyMembers.status })
      .from(partyMembers)
      .where(
        and(
          eq(partyMembers.tenantId, scope.tenantId),
          eq(partyMembers.id, fields.memberId),
          eq(partyMembers.villageId, committee.villageId),
        ),
      );
    if (!member || member.status === 'transferred-out' || member.status === 'deceased') {
      throw new InputError('The cadre must be a party member of the village.', [
        { path: 'memberId', message: 'must be a party member of this village on its books' },
      ]);
    }
    name = member.name;
  }
  const others = await tx
    .select({
      id: cadres.id,
      memberId: cadres.memberId,
      post: cadres.post,
      startedOn: cadres.startedOn,
      endedOn: cadres.endedOn,
    })
    .from(cadres)
    .where(
      and(
        eq(cadres.tenantId, scope.tenantId),
        eq(cadres.committeeId, committee.id),
        exceptId ? ne(cadres.id, exceptId) : undefined,
      ),
    );
  const wanted = { startedOn: fields.startedOn, endedOn: fields.endedOn ?? null };
  const head = headPostOf[committee.kind];
  if (fields.post === head && others.some((o) => o.post === head && overlaps(o, wanted))) {
    throw new ConflictError(`The committee has a ${head} for these dates already; end that post first.`);
  }
  if (fields.memberId && others.some((o) => o.memberId === fields.memberId && overlaps(o, wanted))) {
    throw new ConflictError('The member already holds a post on this committee for these dates.');
  }
  return {
    memberId: fields.memberId ?? null,
    name,
    post: fields.post,
    selection: fields.selection,
    isTwoRecommendationsOneElection: fields.isTwoRecommendationsOneElection ?? false,
    startedOn: fields.startedOn,
    endedOn: fields.endedOn ?? null,
  };
}

/**
 * Adds a cadre to a committee of the scope (see {@link checkedCadre} for the rules), audited (`cadre.created`).
 * @throws NotFoundError outside the scope; InputError naming the field; ConflictError for a second head or
 * a second post of one person.
 */
export async function addCadre(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    committeeId: string;
    cadre: CadreFields;
  },
) {
  const { scope } = input;
  const committee = await committeeOfScope(tx, scope, input.committeeId);
  const values = await checkedCadre(tx, scope, committee, input.cadre);
  const [created] = await tx
    .insert(cadres)
    .values({
      tenantId: scope.tenantId,
      villageId: committee.villageId,
      committeeId: committee.id,
      ...values,
    })
    .returning();
  if (!created) throw new Error('cadres: the insert returned no row');
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'cadre.created',
    entity: 'cadre',
    entityId: created.id,
    after: { committeeKind: committee.kind, ...values },
    requestId: input.requestId,
  });
  return created;
}

/**
 * Changes a cadre of the scope (e.g. ends the post with `endedOn`), checked by the same rules, audited
 * (`cadre.updated`).
 * @throws NotFoundError outside the scope; InputError naming the field; ConflictError as {@link addCadre}.
 */
export async function updateCadre(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    id: string;
    changes: Partial<CadreFields>;
  },
) {
  const { scope, changes } = input;
  const [before] = await tx
    .select()
    .from(cadres)
    .where(
      and(
        eq(cadres.tenantId, scope.tenantId),
        eq(cadres.id, input.id),
        villageInScope(cadres.villageId, scope),
      ),
    );
  if (!before) throw new NotFoundError(`No cadre ${input.id} in your scope.`);
  const committee = await committeeOfScope(tx, scope, before.committeeId);
  const values = await checkedCadre(
    tx,
    scope,
    committee,
    {
      memberId: changes.memberId === undefined ? before.memberId : changes.memberId,
      name: changes.name === undefined ? before.name : changes.name,
      post: changes.post ?? before.post,
      selection: changes.selection ?? before.selection,
      isTwoRecommendationsOneElection:
        changes.isTwoRecommendationsOneElection ?? before.isTwoRecommendationsOneElection,
      startedOn: changes.startedOn ?? before.startedOn,
      endedOn: changes.endedOn === undefined ? before.endedOn : changes.endedOn,
    },
    before.id,
  );
  const [after] = await tx
    .update(cadres)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(cadres.tenantId, scope.tenantId), eq(cadres.id, before.id)))
    .returning();
  const { createdAt: _c, updatedAt: _u, ...snapshot } = before;
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'cadre.updated',
    entity: 'cadre',
    entityId: before.id,
    before: snapshot,
    after: values,
    requestId: input.requestId,
  });
  return after;
}
