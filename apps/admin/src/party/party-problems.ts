import type { MessageArgs, MessageKey } from '../i18n/catalogs';

// The API names invalid fields in English (problem+json `errors[]`, import reports); these are the party
// rules' messages, read back into the catalog so a county reads them in its own language.
const exact: Record<string, MessageKey> = {
  'a resident ID number is required': 'party.problems.idEmpty',
  'a resident ID number has 18 characters': 'party.problems.idLength',
  'a resident ID number is 17 digits followed by a digit or X': 'party.problems.idFormat',
  'the birth date in the ID number (characters 7-14) is not a real past date': 'party.problems.idBirthDate',
  'the last character does not match the check digit of the ID number': 'party.problems.idCheckDigit',
  'a party member with this ID number is already on the county’s books': 'party.problems.idTaken',
  'the ID number was stored as a number and lost digits: format the column as text':
    'party.problems.idAsNumber',
  'a mobile number is required': 'party.problems.phoneEmpty',
  'a mainland mobile number has 11 digits starting with 13-19 (a +86 prefix is allowed)':
    'party.problems.phoneFormat',
  'the name is required': 'party.problems.nameRequired',
  'the joining date is in the future': 'party.problems.joinedFuture',
  'a member joins the party at 18 or older (see the birth date)': 'party.problems.joinedTooYoung',
  'an in-service member’s employer is required': 'party.problems.employerRequired',
  'the employer’s party organization is required (dual management)':
    'party.problems.employerOrganizationRequired',
  'an unemployed member’s registration date is required': 'party.problems.registeredRequired',
  'the registration date is in the future': 'party.problems.registeredFuture',
  'the activity certificate number is required': 'party.problems.certificateRequired',
  'the certificate’s first valid day is required': 'party.problems.certificateFromRequired',
  'the certificate’s last valid day is required': 'party.problems.certificateUntilRequired',
  'the certificate ends before it starts': 'party.problems.certificateOrder',
  'where the floating member is now is required': 'party.problems.locationRequired',
  'the management mode (direct, joint or proxy) is required': 'party.problems.modeRequired',
  'joint and proxy management name the party organization managing the member there':
    'party.problems.managingRequired',
  'must be a branch, general branch or association branch (not a party group)': 'party.problems.branchOnly',
  'must be a party group of the chosen branch': 'party.problems.groupOfBranch',
  'the category is required': 'party.problems.categoryRequired',
  'the joining date is required': 'party.problems.joinedRequired',
  'name the branch: the village has more than one, or none': 'party.problems.nameTheBranch',
  'name the village or the township the centre belongs to': 'party.problems.centrePlace',
  'a centre belongs to a village or a township, not both': 'party.problems.centreBothPlaces',
  'the service is listed twice': 'party.problems.serviceTwice',
  'must be a centre of the activity’s village or of its township': 'party.problems.centreOfVillage',
};

const patterns: [RegExp, MessageKey, (match: RegExpExecArray) => MessageArgs][] = [
  [/^the same ID number is on line (\d+) too$/, 'party.problems.idTwice', (m) => ({ line: m[1] ?? '' })],
  [/^“(.*)” is not a date such as/, 'party.problems.notADate', (m) => ({ value: m[1] ?? '' })],
  [/^“(.*)” is not one of/, 'party.problems.notAChoice', (m) => ({ value: m[1] ?? '' })],
  [/^the village has no branch named “(.*)”$/, 'party.problems.noBranchNamed', (m) => ({ name: m[1] ?? '' })],
  [
    /^the branch has no party group named “(.*)”$/,
    'party.problems.noGroupNamed',
    (m) => ({ name: m[1] ?? '' }),
  ],
];

/** A party rule's message from the API as a catalog key and its arguments, or undefined for another message. */
export function localizePartyProblem(message: string): { key: MessageKey; args?: MessageArgs } | undefined {
  const key = exact[message];
  if (key) return { key };
  for (const [pattern, patternKey, args] of patterns) {
    const match = pattern.exec(message);
    if (match) return { key: patternKey, args: args(match) };
  }
  return undefined;
}
