import { EDUCATION_LEVELS, type EducationLevel } from './catalogue';

/** What matching reads of a job seeker. */
export interface SeekerProfile {
  birthYear: number;
  education: EducationLevel;
  skills: string[];
  desiredWork: string;
  expectedMonthlyWageFen: number | null;
  canWorkShifts: boolean;
}

/** What matching reads of a job opening. */
export interface OpeningProfile {
  title: string;
  minAge: number | null;
  maxAge: number | null;
  minEducation: EducationLevel | null;
  skills: string[];
  wageMaxFen: number;
  needsShifts: boolean;
}

/** Whether a seeker fits an opening, how well (`score`), and why: `skill:<name>`, `desired-work`. */
export interface Match {
  isMatch: boolean;
  score: number;
  reasons: string[];
  /** The criteria the seeker fails: `age`, `education`, `wage`, `shifts`. */
  misses: string[];
}

const rank = (level: EducationLevel) => EDUCATION_LEVELS.indexOf(level);
const normalized = (text: string) => text.normalize('NFC').trim().toLowerCase();

/**
 * Matches a seeker to an opening by simple criteria. Age (in `year`), schooling, wage (the opening's top
 * wage reaches the seeker's expectation) and shifts must hold; shared skills (2 each) and work wanted that
 * names the opening (1) rank the matches.
 */
export function matchSeeker(seeker: SeekerProfile, opening: OpeningProfile, year: number): Match {
  const age = year - seeker.birthYear;
  const misses: string[] = [];
  if (
    (opening.minAge !== null && age < opening.minAge) ||
    (opening.maxAge !== null && age > opening.maxAge)
  ) {
    misses.push('age');
  }
  if (opening.minEducation !== null && rank(seeker.education) < rank(opening.minEducation))
    misses.push('education');
  if (seeker.expectedMonthlyWageFen !== null && opening.wageMaxFen < seeker.expectedMonthlyWageFen)
    misses.push('wage');
  if (opening.needsShifts && !seeker.canWorkShifts) misses.push('shifts');
  const seekerSkills = new Set(seeker.skills.map(normalized));
  const shared = opening.skills.filter((skill) => seekerSkills.has(normalized(skill)));
  const desired = normalized(seeker.desiredWork);
  const title = normalized(opening.title);
  const wantsThis = desired.length > 0 && (title.includes(desired) || desired.includes(title));
  const reasons = [...shared.map((skill) => `skill:${skill}`), ...(wantsThis ? ['desired-work'] : [])];
  return { isMatch: misses.length === 0, score: shared.length * 2 + (wantsThis ? 1 : 0), reasons, misses };
}
