import { z } from 'zod';

/** Per-village settings of the suburban model (a county, township or village may set them). */
export const suburbanSettings = z.object({
  /** When the offices of the committee building are open. */
  officeHours: z.string().trim().min(1).max(100).default('周一至周五 8:30-12:00, 14:30-17:30；周六上午值班'),
  /** The party members' dedication day (党员奉献日), when volunteers serve together. */
  dedicationDay: z.string().trim().min(1).max(60).default('每月 5 日'),
  /** Hours a volunteer is asked to give each month; the hours report marks who reached it. */
  monthlyHoursGoal: z.number().min(0).max(200).default(4),
});

/** The resolved settings of a village. */
export type SuburbanSettings = z.output<typeof suburbanSettings>;
