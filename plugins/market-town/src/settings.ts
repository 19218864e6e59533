import { z } from 'zod';

// The admin labels each setting from `x-cunshe-label` and explains it from `x-cunshe-hint`, in both languages.

/** Per-village settings of the market-town model (a county, township or village may set them). */
export const marketTownSettings = z.object({
  /** When the convenience and floating-member points are open. */
  pointHours: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .default('周一至周六 8:00-12:00, 14:00-17:30；逢集日全天')
    .meta({
      'x-cunshe-label': { 'zh-CN': '服务点开放时间', en: 'Service point hours' },
      'x-cunshe-hint': {
        'zh-CN': '便民服务点和流动党员服务点的开放时间',
        en: 'When the convenience and floating party member service points are open',
      },
    }),
  /** When staff take matters to the county town. */
  countyTripDays: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .default('每周二、周五进城送件取件')
    .meta({
      'x-cunshe-label': { 'zh-CN': '进城代办日', en: 'County trip days' },
      'x-cunshe-hint': {
        'zh-CN': '代办员把材料送到县城、取回结果的日子',
        en: 'When staff take matters to the county town and bring results back',
      },
    }),
  /** A floating member who has not checked in for this many days is shown as overdue. */
  checkInIntervalDays: z
    .number()
    .int()
    .min(7)
    .max(366)
    .default(90)
    .meta({
      'x-cunshe-label': { 'zh-CN': '流动党员报到间隔（天）', en: 'Check-in interval (days)' },
      'x-cunshe-hint': {
        'zh-CN': '流动党员超过这么多天没有报到，就标为逾期',
        en: 'A floating member who has not checked in for this many days is shown as overdue',
      },
    }),
});

/** The resolved settings of a village. */
export type MarketTownSettings = z.output<typeof marketTownSettings>;
