import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { partyCentres } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';
import { type PartyScope, villageOfScope } from '../party-scope';
import { assertKindFree, checkedCentreFields, type PartyCentreFields } from './centre-fields';
import { townshipOfScope } from './centre-scope';
import type { PartyCentreView } from './centre-view';
import { getPartyCentre } from './get-party-centre';

/** A new centre: its fields and its place, a village or a township (exactly one of the two). */
export interface NewPartyCentreInput extends PartyCentreFields {
  villageId?: string | null | undefined;
  townshipId?: string | null | undefined;
}

/**
 * Creates a centre of a village or a township of the scope, audited (`party-centre.created`). The seed
 * gathers the three centres per village or per township, so each place has at most one of each kind.
 * @throws InputError naming `villageId` and `townshipId` when both or neither are given, or the field that
 * breaks a rule; NotFoundError for a village or township outside the scope (another county's answers the
 * same); NotAllowedError for a village's user creating a township's centre; ConflictError when the place
 * already has a centre of that kind.
 */
export async function createPartyCentre(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    centre: NewPartyCentreInput;
  },
): Promise<PartyCentreView> {
  const { scope, centre } = input;
  if (!centre.villageId === !centre.townshipId) {
    const message = centre.villageId
      ? 'a centre belongs to a village or a township, not both'
      : 'name the village or the township the centre belongs to';
    throw new InputError('The centre names no single place.', [
      { path: 'villageId', message },
      { path: 'townshipId', message },
    ]);
  }
  const values = checkedCentreFields(centre);
  const place = centre.villageId
    ? { villageId: (await villageOfScope(tx, scope, centre.villageId)).id, townshipId: null }
    : { villageId: null, townshipId: (await townshipOfScope(tx, scope, centre.townshipId ?? '')).id };
  await assertKindFree(tx, { tenantId: scope.tenantId, place, kind: values.kind });
  const [created] = await tx
    .insert(partyCentres)
    .values({ tenantId: scope.tenantId, ...place, ...values })
    .returning({ id: partyCentres.id });
  if (!created) throw new Error('party_centres: the insert returned no row');
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-centre.created',
    entity: 'party-centre',
    entityId: created.id,
    after: { ...place, ...values },
    requestId: input.requestId,
  });
  return getPartyCentre(tx, scope, created.id);
}
