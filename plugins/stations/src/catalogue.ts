import type { LocalizedText, ServiceStation } from '@cunshe/plugin-sdk';

/*
 * 四站两室, as the seed names them (paragraph 强化组织，配强干部): "求助服务站、农业服务站、医疗服务站、治安警务站和
 * 宣教活动室、文化活动室". Services are in the seed's words where it has them: 民政、法律咨询、家政服务 and
 * 结对帮扶 (立足服务 and 二是强龙头), 实用技术 (产业型), 医疗 and 卫生联管, 治安联防, 党员教育培训 and 电教设备,
 * 农村文化生活 and 工青妇等群团组织.
 */

/** The keys of the four stations and the two rooms. */
export const STATION_KEYS = [
  'help-station',
  'agriculture-station',
  'medical-station',
  'police-station',
  'publicity-room',
  'culture-room',
] as const;

/** One of {@link STATION_KEYS}. */
export type StationKey = (typeof STATION_KEYS)[number];

/** The two rooms, which keep an activity log. */
export const ROOM_KEYS = ['publicity-room', 'culture-room'] as const;

/** One of {@link ROOM_KEYS}. */
export type RoomKey = (typeof ROOM_KEYS)[number];

/** The setting that holds each station's opening hours in a village. */
export const HOURS_SETTING = {
  'help-station': 'helpStationHours',
  'agriculture-station': 'agricultureStationHours',
  'medical-station': 'medicalStationHours',
  'police-station': 'policeStationHours',
  'publicity-room': 'publicityRoomHours',
  'culture-room': 'cultureRoomHours',
} as const satisfies Record<StationKey, string>;

/** Opening hours a village has until it sets its own. */
export const DEFAULT_HOURS = {
  'help-station': '周一至周五 8:30-11:30, 14:30-17:30',
  'agriculture-station': '周一至周六 8:00-11:30, 14:30-17:30（农忙季节每天）',
  'medical-station': '每天 8:00-12:00, 14:00-17:30（急诊随叫随到）',
  'police-station': '全天 24 小时值守',
  'publicity-room': '周一至周五 14:30-17:30, 19:00-21:00',
  'culture-room': '每天 19:00-21:30, 周末 14:00-21:30',
} as const satisfies Record<StationKey, string>;

const service = (key: string, zh: string, en: string, provider?: LocalizedText) => ({
  key,
  name: { 'zh-CN': zh, en },
  ...(provider ? { provider } : {}),
});

/** A station of 四站两室, keyed by one of {@link STATION_KEYS}. */
export interface Station extends ServiceStation {
  key: StationKey;
}

/** The six service places of 四站两室, each with the services it offers. */
export const STATIONS: Station[] = [
  {
    key: 'help-station',
    name: { 'zh-CN': '求助服务站', en: 'Help station' },
    category: 'station',
    openingHours: DEFAULT_HOURS['help-station'],
    services: [
      service('civil-affairs', '民政', 'Civil affairs'),
      service('legal-advice', '法律咨询', 'Legal advice'),
      service('housekeeping', '家政服务', 'Housekeeping services'),
      service('pairing-assistance', '结对帮扶', 'Pairing assistance'),
    ],
  },
  {
    key: 'agriculture-station',
    name: { 'zh-CN': '农业服务站', en: 'Agricultural service station' },
    category: 'station',
    openingHours: DEFAULT_HOURS['agriculture-station'],
    services: [
      service('practical-techniques', '实用技术', 'Practical farming techniques'),
      service('pest-control', '病虫害防治', 'Pest and disease control'),
      service('farm-inputs', '农资信息', 'Seeds, fertiliser and feed information'),
    ],
  },
  {
    key: 'medical-station',
    name: { 'zh-CN': '医疗服务站', en: 'Medical service station' },
    category: 'station',
    openingHours: DEFAULT_HOURS['medical-station'],
    services: [
      service('medical-care', '医疗', 'Medical care'),
      service('health-management', '卫生联管', 'Joint health management'),
      service('chronic-follow-up', '慢病随访', 'Chronic illness follow-up'),
    ],
  },
  {
    key: 'police-station',
    name: { 'zh-CN': '治安警务站', en: 'Public-security police station' },
    category: 'station',
    openingHours: DEFAULT_HOURS['police-station'],
    services: [
      service('joint-patrols', '治安联防', 'Joint public-security patrols'),
      service('dispute-mediation', '矛盾纠纷调解', 'Dispute mediation'),
      service('reports', '报警求助', 'Reports and calls for help'),
    ],
  },
  {
    key: 'publicity-room',
    name: { 'zh-CN': '宣教活动室', en: 'Publicity and education room' },
    category: 'room',
    openingHours: DEFAULT_HOURS['publicity-room'],
    services: [
      service('member-education', '党员教育培训', 'Party member education and training'),
      service('distance-education', '电教', 'Distance education (电教设备)'),
      service('policy-publicity', '政策宣传', 'Policy publicity'),
    ],
  },
  {
    key: 'culture-room',
    name: { 'zh-CN': '文化活动室', en: 'Culture room' },
    category: 'room',
    openingHours: DEFAULT_HOURS['culture-room'],
    services: [
      service('cultural-life', '农村文化生活', 'Village cultural life'),
      service(
        'mass-organisations',
        '工青妇等群团活动',
        'Activities of the trade union, youth league and women’s federation',
      ),
      service('reading', '农家书屋', 'Village library'),
    ],
  },
];

/** The request form each station handles. */
export const FORM_OF_STATION = {
  'help-station': 'help-request',
  'agriculture-station': 'agriculture-request',
  'medical-station': 'medical-request',
  'police-station': 'police-request',
  'publicity-room': 'publicity-room-booking',
  'culture-room': 'culture-room-booking',
} as const satisfies Record<StationKey, string>;
