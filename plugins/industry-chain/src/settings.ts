import { z } from 'zod';

/** Per-village settings of the associations (a county, township or village may set them). */
export const industryChainSettings = z.object({
  /** When the associations meet (例会). */
  meetingDay: z.string().trim().min(1).max(60).default('每月 10 日'),
  /** Where technical help is given when no visit is needed. */
  helpDesk: z.string().trim().min(1).max(100).default('村委会大楼一楼协会服务窗口'),
  /** The yearly membership fee, in fen (0: free). */
  annualFeeFen: z.number().int().min(0).max(1_000_000).default(0),
});

/** The resolved settings of a village. */
export type IndustryChainSettings = z.output<typeof industryChainSettings>;
