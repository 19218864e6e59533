import { describe, expect, it } from 'vitest';
import { suburbanForms, volunteerHelpRequestForm, volunteerSignUpForm } from './forms';

const pathsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.')).sort();

describe('the forms of the volunteer association', () => {
  it('lands both forms with the association as service requests', () => {
    expect(suburbanForms.map((f) => [f.key, f.station, f.workflow?.dueInHours])).toEqual([
      ['volunteer-sign-up', 'volunteer-association', 168],
      ['volunteer-help-request', 'volunteer-association', 72],
    ]);
  });

  it('accepts a sign-up and a request for help, and names each bad field', () => {
    expect(
      volunteerSignUpForm.schema.safeParse({
        serviceKinds: ['elder-care', 'environment'],
        availability: ['weekend'],
        isPartyMember: true,
      }).success,
    ).toBe(true);
    expect(
      pathsOf(
        volunteerSignUpForm.schema.safeParse({
          serviceKinds: [],
          availability: ['weekend', 'weekend'],
          isPartyMember: true,
        }),
      ),
    ).toEqual(['availability', 'serviceKinds']);
    expect(
      volunteerHelpRequestForm.schema.safeParse({
        kind: 'elder-care',
        description: '独居老人需要每周打扫',
        address: { group: '二组', detail: '12 号' },
      }).success,
    ).toBe(true);
    expect(
      pathsOf(volunteerHelpRequestForm.schema.safeParse({ kind: 'cooking', description: '', address: {} })),
    ).toEqual(['address.detail', 'description', 'kind']);
  });
});
