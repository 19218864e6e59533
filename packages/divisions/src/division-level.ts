import type { divisionLevel } from '@cunshe/db/schema';

/** A level of the national division codes: `province`, `city`, `county`, `township` or `village`. */
export type DivisionLevel = (typeof divisionLevel.enumValues)[number];

/**
 * Digits of a code at each level. GB/T 2260 gives provinces, cities and counties 6 digits (`360000`,
 * `361000`, `361003`); the statistics bureau's urban-rural division codes (统计用区划代码) extend a county
 * with 3 digits for its township and 3 more for its village. The dataset stores the significant digits
 * only, so a province is `36`, a city `3610`, a county `361003`, a township `361003100`, a village
 * `361003100209`.
 */
export const CODE_LENGTHS: Readonly<Record<DivisionLevel, number>> = {
  province: 2,
  city: 4,
  county: 6,
  township: 9,
  village: 12,
};

/** The level above each level (none above a province). */
export const PARENT_LEVEL: Readonly<Record<DivisionLevel, DivisionLevel | null>> = {
  province: null,
  city: 'province',
  county: 'city',
  township: 'county',
  village: 'township',
};
