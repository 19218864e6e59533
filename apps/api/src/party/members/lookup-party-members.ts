import type { Tx } from '@cunshe/db';
import { partyMembers, villages } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';
import {
  normalizeResidentIdNumber,
  type PersonalDataProtector,
  parseMobileNumber,
  parseResidentIdNumber,
} from '@cunshe/personal-data';
import { and, asc, eq } from 'drizzle-orm';
import { type PartyScope, villageInScope } from '../party-scope';
import { idNumberContext } from '../personal-data';
import { memberRows, type PartyMemberListItem, toListItem } from './member-view';

/**
 * Exact search of the members of a scope by ID number (through its keyed hash, the number is never
 * compared in plain) or by mobile number (normalised first). Sent in a request body, never a URL.
 * @throws InputError naming `idNumber` or `phone` when neither is given or one is malformed.
 */
export async function lookupPartyMembers(
  tx: Tx,
  input: {
    scope: PartyScope;
    protector: PersonalDataProtector;
    idNumber?: string | undefined;
    phone?: string | undefined;
  },
): Promise<PartyMemberListItem[]> {
  const { scope } = input;
  let condition: ReturnType<typeof eq>;
  if (input.idNumber?.trim()) {
    const id = parseResidentIdNumber(input.idNumber);
    if (!id.isValid)
      throw new InputError('The ID number is not valid.', [{ path: 'idNumber', message: id.message }]);
    const hash = input.protector.hash(
      normalizeResidentIdNumber(id.number.value),
      idNumberContext(scope.tenantId),
    );
    condition = eq(partyMembers.idNumberHash, hash);
  } else if (input.phone?.trim()) {
    const phone = parseMobileNumber(input.phone);
    if (!phone.isValid)
      throw new InputError('The phone number is not valid.', [{ path: 'phone', message: phone.message }]);
    condition = eq(partyMembers.phone, phone.value);
  } else {
    throw new InputError('Give an ID number or a phone number.', [
      { path: 'idNumber', message: 'give an ID number or a phone number' },
    ]);
  }
  const rows = await memberRows(
    tx,
    and(eq(partyMembers.tenantId, scope.tenantId), villageInScope(partyMembers.villageId, scope), condition),
  )
    .orderBy(asc(villages.sortKey), asc(partyMembers.name))
    .limit(50);
  return rows.map(toListItem);
}
