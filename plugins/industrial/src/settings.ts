import { z } from 'zod';
import { DEFAULT_SERVICE_POINT_HOURS } from './catalogue';

/** Per-village settings of the industrial model (a county, township or village may set them). */
export const industrialSettings = z.object({
  /** When the three service points in the committee building are open. */
  servicePointHours: z.string().trim().min(1).max(100).default(DEFAULT_SERVICE_POINT_HOURS),
  /** When the county bureaus' own staff sit at the points (the rest of the time village staff take matters in). */
  bureauStaffDays: z.string().trim().min(1).max(100).default('每周三上午县社保局、医保办、就业局派员坐班'),
});

/** The resolved settings of a village. */
export type IndustrialSettings = z.output<typeof industrialSettings>;
