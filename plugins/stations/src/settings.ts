import { z } from 'zod';
import { DEFAULT_HOURS } from './catalogue';

// The admin labels each setting from `x-cunshe-label` and explains it from `x-cunshe-hint`, in both languages.
const hours = (value: string, zh: string, en: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(100)
    .default(value)
    .meta({
      'x-cunshe-label': { 'zh-CN': `${zh}开放时间`, en: `${en} opening hours` },
      'x-cunshe-hint': {
        'zh-CN': `村民在${zh}的介绍和服务申请中看到的时间；乡镇、村可各自设置`,
        en: `Shown to villagers with the station and its requests; a township or village may set its own`,
      },
    });

/** Per-village settings: each station's opening hours (a county, township or village may set them). */
export const stationsSettings = z.object({
  helpStationHours: hours(DEFAULT_HOURS['help-station'], '求助服务站', 'Help station'),
  agricultureStationHours: hours(
    DEFAULT_HOURS['agriculture-station'],
    '农业服务站',
    'Agricultural service station',
  ),
  medicalStationHours: hours(DEFAULT_HOURS['medical-station'], '医疗服务站', 'Medical service station'),
  policeStationHours: hours(DEFAULT_HOURS['police-station'], '治安警务站', 'Public-security police station'),
  publicityRoomHours: hours(DEFAULT_HOURS['publicity-room'], '宣教活动室', 'Publicity and education room'),
  cultureRoomHours: hours(DEFAULT_HOURS['culture-room'], '文化活动室', 'Culture room'),
});

/** The resolved settings of a village. */
export type StationsSettings = z.output<typeof stationsSettings>;
