import { describe, expect, it } from 'vitest';
import { agencyRequestForm, floatingMemberRegistrationForm, marketTownForms } from './forms';

const pathsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.')).sort();

describe('the forms of the market-town points', () => {
  it('lands each form with its point as a service request', () => {
    expect(marketTownForms.map((f) => [f.key, f.station])).toEqual([
      ['agency-request', 'convenience-point'],
      ['floating-member-registration', 'floating-member-point'],
    ]);
    for (const form of marketTownForms) expect(form.workflow?.dueInHours).toBeGreaterThan(0);
  });

  it('accepts an agency request and a registration, and names each bad field', () => {
    expect(
      agencyRequestForm.schema.safeParse({
        matter: 'household-and-id',
        description: '换领第二代身份证',
        documents: '户口本、旧身份证、照片回执',
        hasLeftOriginals: true,
      }).success,
    ).toBe(true);
    expect(
      pathsOf(
        agencyRequestForm.schema.safeParse({
          matter: 'visa',
          description: '',
          documents: '户口本',
          hasLeftOriginals: 1,
        }),
      ),
    ).toEqual(['description', 'hasLeftOriginals', 'matter']);
    expect(
      floatingMemberRegistrationForm.schema.safeParse({
        destination: '广东省东莞市',
        work: '电子厂',
        leavesOn: '2026-02-20',
        contactMobile: '+86 139 0000 0003',
        wantsCertificate: true,
      }).success,
    ).toBe(true);
    expect(
      pathsOf(
        floatingMemberRegistrationForm.schema.safeParse({
          destination: '',
          work: '厂',
          leavesOn: '2026-02-30',
          contactMobile: '0794',
          wantsCertificate: true,
        }),
      ),
    ).toEqual(['contactMobile', 'destination', 'leavesOn']);
  });
});
