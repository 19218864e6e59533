import { z } from 'zod';

// The admin labels each setting from `x-cunshe-label` and explains it from `x-cunshe-hint`, in both languages.

/** Per-village settings of the associations (a county, township or village may set them). */
export const industryChainSettings = z.object({
  /** When the associations meet (例会). */
  meetingDay: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .default('每月 10 日')
    .meta({
      'x-cunshe-label': { 'zh-CN': '协会例会日', en: 'Meeting day' },
      'x-cunshe-hint': {
        'zh-CN': '各协会定期开会的日子',
        en: 'When the associations hold their regular meeting',
      },
    }),
  /** Where technical help is given when no visit is needed. */
  helpDesk: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .default('村委会大楼一楼协会服务窗口')
    .meta({
      'x-cunshe-label': { 'zh-CN': '技术服务窗口', en: 'Help desk' },
      'x-cunshe-hint': {
        'zh-CN': '不需要上门时，农户到哪里找协会请教技术',
        en: 'Where farmers get technical help when no visit is needed',
      },
    }),
  /** The yearly membership fee, in fen (0: free). */
  annualFeeFen: z
    .number()
    .int()
    .min(0)
    .max(1_000_000)
    .default(0)
    .meta({
      'x-cunshe-label': { 'zh-CN': '年会费（分）', en: 'Annual fee (fen)' },
      'x-cunshe-hint': { 'zh-CN': '以分计，0 表示免费入会', en: 'In fen; 0 means membership is free' },
    }),
});

/** The resolved settings of a village. */
export type IndustryChainSettings = z.output<typeof industryChainSettings>;
