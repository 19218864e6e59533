import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { partyCentres } from '@cunshe/db/schema';
import { ConflictError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import type { PartyScope } from '../party-scope';
import { assertKindFree, checkedCentreFields, type PartyCentreFields } from './centre-fields';
import { centreRowToChange } from './centre-scope';
import type { PartyCentreView } from './centre-view';
import { getPartyCentre } from './get-party-centre';

/**
 * Refuses a change made on a stale copy of a centre: `version` is the one the caller loaded.
 * @throws ConflictError naming the centre's version now.
 */
export function assertCentreVersion(centre: { version: number }, version: number): void {
  if (centre.version !== version) {
    throw new ConflictError(
      `The centre changed after you loaded it (it is now at version ${centre.version}); reload it and try again.`,
    );
  }
}

/**
 * Changes a centre of the scope (absent fields stay; its place does not move), audited
 * (`party-centre.updated`, before and after). The row is locked and `version` must still be the
 * centre's, so two people editing at once cannot overwrite each other; the version then grows by one.
 * @throws NotFoundError outside the scope; NotAllowedError for a village's user and its township's centre;
 * ConflictError for a stale `version` or a kind the place already has; InputError naming the field.
 */
export async function updatePartyCentre(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    id: string;
    version: number;
    changes: Partial<PartyCentreFields>;
  },
): Promise<PartyCentreView> {
  const { scope, changes } = input;
  const before = await centreRowToChange(tx, scope, input.id, { forUpdate: true });
  assertCentreVersion(before, input.version);
  const pick = <K extends keyof PartyCentreFields>(key: K) =>
    (changes[key] === undefined ? before[key] : changes[key]) as PartyCentreFields[K];
  const values = checkedCentreFields({
    kind: pick('kind'),
    name: pick('name'),
    services: pick('services'),
    address: pick('address'),
    openingHours: pick('openingHours'),
    personInCharge: pick('personInCharge'),
  });
  if (values.kind !== before.kind) {
    await assertKindFree(tx, {
      tenantId: scope.tenantId,
      place: before,
      kind: values.kind,
      exceptId: before.id,
    });
  }
  await tx
    .update(partyCentres)
    .set({ ...values, version: before.version + 1, updatedAt: new Date() })
    .where(and(eq(partyCentres.tenantId, scope.tenantId), eq(partyCentres.id, before.id)));
  const { createdAt: _c, updatedAt: _u, tenantId: _t, ...snapshot } = before;
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-centre.updated',
    entity: 'party-centre',
    entityId: before.id,
    before: snapshot,
    after: { ...values, version: before.version + 1 },
    requestId: input.requestId,
  });
  return getPartyCentre(tx, scope, before.id);
}
