import type { PersonalDataProtector } from '@cunshe/personal-data';

/**
 * The context an ID number of a county's party member is sealed and hashed under: the column and the county,
 * so a sealed value copied into another column or county does not open, and the same person hashes
 * differently in two counties.
 */
export function idNumberContext(tenantId: string): string {
  return `party-member.id-number:${tenantId}`;
}

/** The sealed, hashed and masked forms of a valid, normalised ID number, as a member row stores them. */
export function protectIdNumber(
  protector: PersonalDataProtector,
  tenantId: string,
  idNumber: string,
  masked: string,
): { idNumberSealed: string; idNumberHash: string; idNumberMasked: string } {
  const context = idNumberContext(tenantId);
  return {
    idNumberSealed: protector.encrypt(idNumber, context),
    idNumberHash: protector.hash(idNumber, context),
    idNumberMasked: masked,
  };
}
