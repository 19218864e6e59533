import { z } from 'zod';

// The admin labels each setting from `x-cunshe-label` and explains it from `x-cunshe-hint`, in both languages.

/** Per-village settings of the suburban model (a county, township or village may set them). */
export const suburbanSettings = z.object({
  /** When the offices of the committee building are open. */
  officeHours: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .default('周一至周五 8:30-12:00, 14:30-17:30；周六上午值班')
    .meta({
      'x-cunshe-label': { 'zh-CN': '办公室开放时间', en: 'Office hours' },
      'x-cunshe-hint': {
        'zh-CN': '村委会大楼各服务办公室的开放时间',
        en: 'When the service offices of the committee building are open',
      },
    }),
  /** The party members' dedication day (党员奉献日), when volunteers serve together. */
  dedicationDay: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .default('每月 5 日')
    .meta({
      'x-cunshe-label': { 'zh-CN': '党员奉献日', en: 'Dedication day' },
      'x-cunshe-hint': {
        'zh-CN': '党员和志愿者集中开展志愿服务的日子',
        en: 'When party members and volunteers serve together',
      },
    }),
  /** Hours a volunteer is asked to give each month; the hours report marks who reached it. */
  monthlyHoursGoal: z
    .number()
    .min(0)
    .max(200)
    .default(4)
    .meta({
      'x-cunshe-label': { 'zh-CN': '每月服务时长目标（小时）', en: 'Monthly hours goal' },
      'x-cunshe-hint': {
        'zh-CN': '每名志愿者每月应服务的小时数；时长统计标出达标的志愿者',
        en: 'Hours each volunteer is asked to give a month; the hours report marks who reached it',
      },
    }),
});

/** The resolved settings of a village. */
export type SuburbanSettings = z.output<typeof suburbanSettings>;
