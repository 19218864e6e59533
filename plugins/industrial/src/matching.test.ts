import { describe, expect, it } from 'vitest';
import { matchSeeker, type OpeningProfile, type SeekerProfile } from './matching';

const seeker: SeekerProfile = {
  birthYear: 1990,
  education: 'junior',
  skills: ['电焊', '叉车'],
  desiredWork: '焊工',
  expectedMonthlyWageFen: 450_000,
  canWorkShifts: true,
};
const opening: OpeningProfile = {
  title: '焊工',
  minAge: 18,
  maxAge: 50,
  minEducation: 'primary',
  skills: ['电焊'],
  wageMaxFen: 600_000,
  needsShifts: true,
};

describe('matching a job seeker to an opening', () => {
  it('matches on age, schooling, wage and shifts, and ranks by shared skills and the work wanted', () => {
    expect(matchSeeker(seeker, opening, 2026)).toEqual({
      isMatch: true,
      score: 3,
      reasons: ['skill:电焊', 'desired-work'],
      misses: [],
    });
  });

  it('names every criterion a seeker misses', () => {
    const result = matchSeeker(
      {
        ...seeker,
        birthYear: 1960,
        education: 'primary',
        expectedMonthlyWageFen: 800_000,
        canWorkShifts: false,
      },
      { ...opening, minEducation: 'senior' },
      2026,
    );
    expect(result.isMatch).toBe(false);
    expect(result.misses).toEqual(['age', 'education', 'wage', 'shifts']);
  });

  it('takes an opening with no limits for anyone, scoring 0 without shared skills', () => {
    const open = {
      ...opening,
      minAge: null,
      maxAge: null,
      minEducation: null,
      skills: [],
      title: '仓库管理',
    };
    expect(matchSeeker({ ...seeker, expectedMonthlyWageFen: null }, open, 2026)).toMatchObject({
      isMatch: true,
      score: 0,
    });
  });
});
