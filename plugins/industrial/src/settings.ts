import { z } from 'zod';
import { DEFAULT_SERVICE_POINT_HOURS } from './catalogue';

// The admin labels each setting from `x-cunshe-label` and explains it from `x-cunshe-hint`, in both languages.

/** Per-village settings of the industrial model (a county, township or village may set them). */
export const industrialSettings = z.object({
  /** When the three service points in the committee building are open. */
  servicePointHours: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .default(DEFAULT_SERVICE_POINT_HOURS)
    .meta({
      'x-cunshe-label': { 'zh-CN': '服务点开放时间', en: 'Service point hours' },
      'x-cunshe-hint': {
        'zh-CN': '社保局、医保办、就业局三个服务点在村委会大楼的开放时间',
        en: 'When the social insurance, medical insurance and employment points in the committee building are open',
      },
    }),
  /** When the county bureaus' own staff sit at the points (the rest of the time village staff take matters in). */
  bureauStaffDays: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .default('每周三上午县社保局、医保办、就业局派员坐班')
    .meta({
      'x-cunshe-label': { 'zh-CN': '县直单位坐班时间', en: 'County bureau staff days' },
      'x-cunshe-hint': {
        'zh-CN': '县直单位派员坐班的时间；其余时间由村干部代收代办',
        en: 'When the county bureaus send their own staff; at other times village staff take matters in',
      },
    }),
});

/** The resolved settings of a village. */
export type IndustrialSettings = z.output<typeof industrialSettings>;
