import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { type VillageCommitteeKind, villageCommittees } from '@cunshe/db/schema';
import { ConflictError, InputError } from '@cunshe/errors';
import { and, eq, gte, lte } from 'drizzle-orm';
import { type PartyScope, villageOfScope } from '../party-scope';

/**
 * Opens a committee's term (届) in a village of the scope, audited (`village-committee.created`). Terms of
 * one committee do not overlap.
 * @throws NotFoundError for a village outside the scope; InputError (`termEndsOn`) for a term that ends
 * before it starts; ConflictError for a term overlapping another of the same committee.
 */
export async function createVillageCommittee(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    committee: { villageId: string; kind: VillageCommitteeKind; termStartedOn: string; termEndsOn: string };
  },
) {
  const { scope, committee } = input;
  const village = await villageOfScope(tx, scope, committee.villageId);
  if (committee.termEndsOn <= committee.termStartedOn) {
    throw new InputError('The term ends before it starts.', [
      { path: 'termEndsOn', message: 'must be after the first day of the term' },
    ]);
  }
  const [overlap] = await tx
    .select({ id: villageCommittees.id })
    .from(villageCommittees)
    .where(
      and(
        eq(villageCommittees.tenantId, scope.tenantId),
        eq(villageCommittees.villageId, village.id),
        eq(villageCommittees.kind, committee.kind),
        lte(villageCommittees.termStartedOn, committee.termEndsOn),
        gte(villageCommittees.termEndsOn, committee.termStartedOn),
      ),
    );
  if (overlap) throw new ConflictError('The village has this committee for an overlapping term already.');
  const [created] = await tx
    .insert(villageCommittees)
    .values({ tenantId: scope.tenantId, ...committee, villageId: village.id })
    .returning();
  if (!created) throw new Error('village_committees: the insert returned no row');
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'village-committee.created',
    entity: 'village-committee',
    entityId: created.id,
    after: {
      villageId: village.id,
      kind: created.kind,
      termStartedOn: created.termStartedOn,
      termEndsOn: created.termEndsOn,
    },
    requestId: input.requestId,
  });
  return created;
}
