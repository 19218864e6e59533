import type { FloatingManagementMode, PartyMemberCategory, PartyMemberStatus } from '@cunshe/db/schema';
import type { FieldError } from '@cunshe/errors';
import { maskResidentIdNumber, parseMobileNumber, parseResidentIdNumber } from '@cunshe/personal-data';
import { addMonths } from '../dates';

/** A member's fields as a form or a sheet row gives them, before checking. */
export interface PartyMemberFields {
  name: string;
  idNumber: string;
  phone?: string | null | undefined;
  category: PartyMemberCategory;
  status?: PartyMemberStatus | undefined;
  joinedOn: string;
  employerName?: string | null | undefined;
  employerPartyOrganization?: string | null | undefined;
  registeredOn?: string | null | undefined;
  certificateNumber?: string | null | undefined;
  certificateValidFrom?: string | null | undefined;
  certificateValidUntil?: string | null | undefined;
  currentLocation?: string | null | undefined;
  managementMode?: FloatingManagementMode | null | undefined;
  managingOrganizationName?: string | null | undefined;
}

/** The checked fields, in the form a row stores them; category fields of other categories are null. */
export interface CheckedMemberFields {
  name: string;
  /** The normalised ID number (`X` upper-case): seal, hash and mask it, never store it. */
  idNumber: string;
  idNumberMasked: string;
  gender: 'male' | 'female';
  phone: string | null;
  category: PartyMemberCategory;
  status: PartyMemberStatus;
  joinedOn: string;
  employerName: string | null;
  employerPartyOrganization: string | null;
  registeredOn: string | null;
  certificateNumber: string | null;
  certificateValidFrom: string | null;
  certificateValidUntil: string | null;
  currentLocation: string | null;
  managementMode: FloatingManagementMode | null;
  managingOrganizationName: string | null;
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.normalize('NFC').trim();
  return trimmed ? trimmed : null;
}

/**
 * Checks a member's fields by the rules of the seed's classified management and answers the stored form,
 * or every broken rule by field:
 * - `idNumber` a valid GB 11643 number (its gender becomes the member's), `phone` a mainland mobile number;
 * - joined on a past date, at 18 or older;
 * - in-service (在职党员): the employer and its party organization (dual management; the member's
 *   branch in the village is the residence branch);
 * - unemployed (下岗失业党员): the registration date;
 * - floating (流动党员): the activity certificate's number and validity (until after from), where the
 *   member is now, the management mode, and for joint or proxy management the organization managing there.
 */
export function checkMemberFields(
  fields: PartyMemberFields,
  today: string,
): { isValid: true; value: CheckedMemberFields } | { isValid: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const required = (path: string, value: string | null, why: string) => {
    if (value === null) errors.push({ path, message: why });
    return value;
  };
  const name = text(fields.name);
  if (!name) errors.push({ path: 'name', message: 'the name is required' });
  const id = parseResidentIdNumber(fields.idNumber);
  if (!id.isValid) errors.push({ path: 'idNumber', message: id.message });
  let phone: string | null = null;
  if (text(fields.phone)) {
    const parsed = parseMobileNumber(fields.phone ?? '');
    if (parsed.isValid) phone = parsed.value;
    else errors.push({ path: 'phone', message: parsed.message });
  }
  if (fields.joinedOn > today)
    errors.push({ path: 'joinedOn', message: 'the joining date is in the future' });
  else if (id.isValid && fields.joinedOn < addMonths(id.number.birthDate, 18 * 12)) {
    errors.push({
      path: 'joinedOn',
      message: 'a member joins the party at 18 or older (see the birth date)',
    });
  }
  const category = fields.category;
  const isInService = category === 'in-service';
  const isUnemployed = category === 'unemployed';
  const isFloating = category === 'floating';
  const employerName = isInService
    ? required('employerName', text(fields.employerName), 'an in-service member’s employer is required')
    : null;
  const employerPartyOrganization = isInService
    ? required(
        'employerPartyOrganization',
        text(fields.employerPartyOrganization),
        'the employer’s party organization is required (dual management)',
      )
    : null;
  const registeredOn = isUnemployed
    ? required(
        'registeredOn',
        text(fields.registeredOn),
        'an unemployed member’s registration date is required',
      )
    : null;
  if (registeredOn && registeredOn > today) {
    errors.push({ path: 'registeredOn', message: 'the registration date is in the future' });
  }
  const certificateNumber = isFloating
    ? required(
        'certificateNumber',
        text(fields.certificateNumber),
        'the activity certificate number is required',
      )
    : null;
  const certificateValidFrom = isFloating
    ? required(
        'certificateValidFrom',
        text(fields.certificateValidFrom),
        'the certificate’s first valid day is required',
      )
    : null;
  const certificateValidUntil = isFloating
    ? required(
        'certificateValidUntil',
        text(fields.certificateValidUntil),
        'the certificate’s last valid day is required',
      )
    : null;
  if (certificateValidFrom && certificateValidUntil && certificateValidUntil < certificateValidFrom) {
    errors.push({ path: 'certificateValidUntil', message: 'the certificate ends before it starts' });
  }
  const currentLocation = isFloating
    ? required(
        'currentLocation',
        text(fields.currentLocation),
        'where the floating member is now is required',
      )
    : null;
  const managementMode = isFloating ? (fields.managementMode ?? null) : null;
  if (isFloating && !managementMode) {
    errors.push({
      path: 'managementMode',
      message: 'the management mode (direct, joint or proxy) is required',
    });
  }
  // Direct management is by the home branch; joint and proxy name the organization where the member is.
  const managingOrganizationName = isFloating ? text(fields.managingOrganizationName) : null;
  if (isFloating && managementMode && managementMode !== 'direct' && !managingOrganizationName) {
    errors.push({
      path: 'managingOrganizationName',
      message: 'joint and proxy management name the party organization managing the member there',
    });
  }
  const status = fields.status ?? 'full';
  if (errors.length > 0 || !id.isValid || !name) return { isValid: false, errors };
  return {
    isValid: true,
    value: {
      name,
      idNumber: id.number.value,
      idNumberMasked: maskResidentIdNumber(id.number.value),
      gender: id.number.gender,
      phone,
      category,
      status,
      joinedOn: fields.joinedOn,
      employerName,
      employerPartyOrganization,
      registeredOn,
      certificateNumber,
      certificateValidFrom,
      certificateValidUntil,
      currentLocation,
      managementMode,
      managingOrganizationName,
    },
  };
}
