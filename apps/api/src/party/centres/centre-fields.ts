import type { Tx } from '@cunshe/db';
import { type PartyCentreKind, type PartyCentreService, partyCentres } from '@cunshe/db/schema';
import { ConflictError, type FieldError, InputError } from '@cunshe/errors';
import { and, eq, ne } from 'drizzle-orm';

/** A centre's own fields: which of the three it is, its name, the services gathered in it, where and when. */
export interface PartyCentreFields {
  kind: PartyCentreKind;
  name: string;
  services: PartyCentreService[];
  address?: string | null | undefined;
  openingHours?: string | null | undefined;
  /** The person in charge (负责人), by name. */
  personInCharge?: string | null | undefined;
}

const text = (value: string | null | undefined) => value?.normalize('NFC').trim() || null;

/**
 * The fields as stored: text NFC and trimmed, blanks as null, services in catalogue order.
 * @throws InputError naming `name` when it is blank, `services.<i>` for a service listed twice.
 */
export function checkedCentreFields(fields: PartyCentreFields) {
  const errors: FieldError[] = [];
  const name = text(fields.name);
  if (!name) errors.push({ path: 'name', message: 'the name is required' });
  fields.services.forEach((service, i) => {
    if (fields.services.indexOf(service) !== i) {
      errors.push({ path: `services.${i}`, message: 'the service is listed twice' });
    }
  });
  if (errors.length > 0) throw new InputError('The centre breaks a rule.', errors);
  return {
    kind: fields.kind,
    name: name ?? '',
    services: fields.services,
    address: text(fields.address),
    openingHours: text(fields.openingHours),
    personInCharge: text(fields.personInCharge),
  };
}

/**
 * Refuses a second centre of one kind in one place (a village, or a township).
 * @throws ConflictError naming the kind.
 */
export async function assertKindFree(
  tx: Tx,
  input: {
    tenantId: string;
    place: { villageId: string | null; townshipId: string | null };
    kind: PartyCentreKind;
    exceptId?: string | undefined;
  },
): Promise<void> {
  const { place } = input;
  const [clash] = await tx
    .select({ id: partyCentres.id })
    .from(partyCentres)
    .where(
      and(
        eq(partyCentres.tenantId, input.tenantId),
        place.villageId
          ? eq(partyCentres.villageId, place.villageId)
          : eq(partyCentres.townshipId, place.townshipId ?? ''),
        eq(partyCentres.kind, input.kind),
        input.exceptId ? ne(partyCentres.id, input.exceptId) : undefined,
      ),
    );
  if (clash) throw new ConflictError(`This place already has its ${input.kind} centre.`);
}
