import { describe, expect, it } from 'vitest';
import {
  industrialForms,
  jobSeekerRegistrationForm,
  medicalInsurancePaymentForm,
  socialInsurancePaymentForm,
} from './forms';

// GB 11643 check digits are right in these made-up numbers.
const ID = '11010519491231002X';
const ID2 = '361029197003150029';

const pathsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.')).sort();

describe('the forms of the county bureau service points', () => {
  it('routes each form to its point as a service request', () => {
    expect(industrialForms.map((form) => [form.key, form.station])).toEqual([
      ['social-insurance-payment', 'social-insurance-point'],
      ['medical-insurance-payment', 'medical-insurance-point'],
      ['job-seeker-registration', 'employment-point'],
    ]);
    for (const form of industrialForms) expect(form.workflow?.dueInHours).toBeGreaterThan(0);
  });

  it('accepts a villager paying social insurance, a household paying medical insurance, a job seeker', () => {
    expect(
      socialInsurancePaymentForm.schema.safeParse({
        idNumber: ID,
        scheme: 'rural-pension',
        grade: '500',
        year: 2026,
        isFirstTime: true,
      }).success,
    ).toBe(true);
    expect(
      medicalInsurancePaymentForm.schema.safeParse({
        idNumber: ID,
        year: 2026,
        people: 2,
        members: [{ name: '张三', idNumber: ID2, relation: 'spouse' }],
      }).success,
    ).toBe(true);
    expect(
      jobSeekerRegistrationForm.schema.safeParse({
        gender: 'female',
        birthYear: 1988,
        education: 'junior',
        skills: '缝纫',
        desiredWork: '服装厂车工',
        expectedMonthlyWage: 4000,
        canWorkShifts: false,
      }).success,
    ).toBe(true);
  });

  it('names each bad field', () => {
    expect(
      pathsOf(
        socialInsurancePaymentForm.schema.safeParse({
          idNumber: '110105194912310021',
          scheme: 'pension',
          grade: '700',
          year: 1999,
          isFirstTime: true,
        }),
      ),
    ).toEqual(['grade', 'idNumber', 'scheme', 'year']);
    expect(
      pathsOf(
        medicalInsurancePaymentForm.schema.safeParse({
          idNumber: ID,
          year: 2026,
          people: 0,
          members: [{ name: '', idNumber: ID2, relation: 'cousin' }],
        }),
      ),
    ).toEqual(['members.0.name', 'members.0.relation', 'people']);
    expect(
      pathsOf(
        jobSeekerRegistrationForm.schema.safeParse({
          gender: 'male',
          birthYear: 2020,
          education: 'phd',
          desiredWork: '',
          canWorkShifts: true,
        }),
      ),
    ).toEqual(['birthYear', 'desiredWork', 'education']);
  });
});
