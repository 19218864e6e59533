import type { MessageKey } from '../i18n/catalogs';
import type { ManagementMode, Member, MemberCategory, MemberInput, MemberStatus } from './party-api';

/** The member form's values, as typed. */
export interface MemberFormValues {
  organizationId: string;
  groupId: string;
  name: string;
  idNumber: string;
  phone: string;
  category: MemberCategory;
  status: MemberStatus;
  joinedOn: string;
  employerName: string;
  employerPartyOrganization: string;
  registeredOn: string;
  certificateNumber: string;
  certificateValidFrom: string;
  certificateValidUntil: string;
  currentLocation: string;
  managementMode: ManagementMode | '';
  managingOrganizationName: string;
}

/** An empty form, or the form of a member being edited (the ID number left empty: typed only to change it). */
export function memberFormValues(member?: Member): MemberFormValues {
  return {
    organizationId: member?.organizationId ?? '',
    groupId: member?.groupId ?? '',
    name: member?.name ?? '',
    idNumber: '',
    phone: member?.phone ?? '',
    category: member?.category ?? 'resident',
    status: member?.status ?? 'full',
    joinedOn: member?.joinedOn ?? '',
    employerName: member?.employerName ?? '',
    employerPartyOrganization: member?.employerPartyOrganization ?? '',
    registeredOn: member?.registeredOn ?? '',
    certificateNumber: member?.certificateNumber ?? '',
    certificateValidFrom: member?.certificateValidFrom ?? '',
    certificateValidUntil: member?.certificateValidUntil ?? '',
    currentLocation: member?.currentLocation ?? '',
    managementMode: member?.managementMode ?? '',
    managingOrganizationName: member?.managingOrganizationName ?? '',
  };
}

/** The fields each category requires, besides the name, ID number and joining date (the seed's rules). */
export const requiredByCategory: Record<MemberCategory, (keyof MemberFormValues)[]> = {
  resident: [],
  'in-service': ['employerName', 'employerPartyOrganization'],
  unemployed: ['registeredOn'],
  floating: [
    'certificateNumber',
    'certificateValidFrom',
    'certificateValidUntil',
    'currentLocation',
    'managementMode',
  ],
};

/**
 * The errors the form can tell before asking the server, by field: what the category requires, and the
 * certificate's dates in order. The server checks everything again (the ID number's checksum among it).
 */
export function checkMemberForm(
  values: MemberFormValues,
  isNew: boolean,
): Partial<Record<keyof MemberFormValues, MessageKey>> {
  const errors: Partial<Record<keyof MemberFormValues, MessageKey>> = {};
  const required: (keyof MemberFormValues)[] = [
    'organizationId',
    'name',
    'joinedOn',
    ...requiredByCategory[values.category],
  ];
  if (isNew) required.push('idNumber');
  for (const field of required) if (!String(values[field]).trim()) errors[field] = 'party.problems.required';
  if (
    values.category === 'floating' &&
    values.managementMode &&
    values.managementMode !== 'direct' &&
    !values.managingOrganizationName.trim()
  ) {
    errors.managingOrganizationName = 'party.problems.managingRequired';
  }
  if (
    values.certificateValidFrom &&
    values.certificateValidUntil &&
    values.certificateValidUntil < values.certificateValidFrom
  ) {
    errors.certificateValidUntil = 'party.problems.certificateOrder';
  }
  return errors;
}

/** What the form sends: the category's own fields only, empty texts as null, the ID number only when typed. */
export function memberInputOf(values: MemberFormValues, isNew: boolean): MemberInput {
  const text = (value: string) => value.trim() || null;
  const of = (category: MemberCategory, value: string) => (values.category === category ? text(value) : null);
  return {
    ...(isNew ? { organizationId: values.organizationId } : {}),
    groupId: values.groupId || null,
    name: values.name.trim(),
    ...(values.idNumber.trim() ? { idNumber: values.idNumber.trim() } : {}),
    phone: text(values.phone),
    category: values.category,
    status: values.status,
    joinedOn: values.joinedOn,
    employerName: of('in-service', values.employerName),
    employerPartyOrganization: of('in-service', values.employerPartyOrganization),
    registeredOn: of('unemployed', values.registeredOn),
    certificateNumber: of('floating', values.certificateNumber),
    certificateValidFrom: of('floating', values.certificateValidFrom),
    certificateValidUntil: of('floating', values.certificateValidUntil),
    currentLocation: of('floating', values.currentLocation),
    managementMode: values.category === 'floating' && values.managementMode ? values.managementMode : null,
    managingOrganizationName: of('floating', values.managingOrganizationName),
  };
}
