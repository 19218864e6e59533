import { z } from 'zod';
import { DEFAULT_HOURS } from './catalogue';

const hours = (value: string) => z.string().trim().min(1).max(100).default(value);

/** Per-village settings: each station's opening hours (a county, township or village may set them). */
export const stationsSettings = z.object({
  helpStationHours: hours(DEFAULT_HOURS['help-station']),
  agricultureStationHours: hours(DEFAULT_HOURS['agriculture-station']),
  medicalStationHours: hours(DEFAULT_HOURS['medical-station']),
  policeStationHours: hours(DEFAULT_HOURS['police-station']),
  publicityRoomHours: hours(DEFAULT_HOURS['publicity-room']),
  cultureRoomHours: hours(DEFAULT_HOURS['culture-room']),
});

/** The resolved settings of a village. */
export type StationsSettings = z.output<typeof stationsSettings>;
