import { z } from 'zod';

/** Per-village settings of the market-town model (a county, township or village may set them). */
export const marketTownSettings = z.object({
  /** When the convenience and floating-member points are open. */
  pointHours: z.string().trim().min(1).max(100).default('周一至周六 8:00-12:00, 14:00-17:30；逢集日全天'),
  /** When staff take matters to the county town. */
  countyTripDays: z.string().trim().min(1).max(60).default('每周二、周五进城送件取件'),
  /** A floating member who has not checked in for this many days is shown as overdue. */
  checkInIntervalDays: z.number().int().min(7).max(366).default(90),
});

/** The resolved settings of a village. */
export type MarketTownSettings = z.output<typeof marketTownSettings>;
