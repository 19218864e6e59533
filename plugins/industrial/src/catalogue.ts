import type { LocalizedText, ServiceStation } from '@cunshe/plugin-sdk';

/*
 * 工业型村落社区, the seed's 孝岗镇新建村 (paragraph 城乡一体，创新模式): "新建村党支部实行'一岗双责'制度……县社保局、
 * 医保办、就业局等单位在村委会大楼设服务点，方便附近工人、农民缴纳社保、医保，寻找合适就业岗位。"
 */

/** The three county bureau service points in the village committee building. */
export const SERVICE_POINT_KEYS = [
  'social-insurance-point',
  'medical-insurance-point',
  'employment-point',
] as const;

/** One of {@link SERVICE_POINT_KEYS}. */
export type ServicePointKey = (typeof SERVICE_POINT_KEYS)[number];

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** A county bureau's service point. */
export interface ServicePoint extends ServiceStation {
  key: ServicePointKey;
}

/** Opening hours of the service points until the county, township or village sets its own. */
export const DEFAULT_SERVICE_POINT_HOURS = '周一至周五 8:30-12:00, 14:30-17:30';

/** The service points, each provided by its county bureau. */
export const SERVICE_POINTS: ServicePoint[] = [
  {
    key: 'social-insurance-point',
    name: t('县社保局服务点', 'County social insurance bureau service point'),
    category: 'county-bureau-point',
    openingHours: DEFAULT_SERVICE_POINT_HOURS,
    services: [
      {
        key: 'pay-social-insurance',
        name: t('缴纳社保', 'Paying social insurance'),
        provider: t('县社保局', 'County social insurance bureau'),
      },
      {
        key: 'social-insurance-advice',
        name: t('参保咨询', 'Enrolment advice'),
        provider: t('县社保局', 'County social insurance bureau'),
      },
    ],
  },
  {
    key: 'medical-insurance-point',
    name: t('县医保办服务点', 'County medical insurance office service point'),
    category: 'county-bureau-point',
    openingHours: DEFAULT_SERVICE_POINT_HOURS,
    services: [
      {
        key: 'pay-medical-insurance',
        name: t('缴纳医保', 'Paying medical insurance'),
        provider: t('县医保办', 'County medical insurance office'),
      },
      {
        key: 'reimbursement-advice',
        name: t('医保报销咨询', 'Reimbursement advice'),
        provider: t('县医保办', 'County medical insurance office'),
      },
    ],
  },
  {
    key: 'employment-point',
    name: t('县就业局服务点', 'County employment bureau service point'),
    category: 'county-bureau-point',
    openingHours: DEFAULT_SERVICE_POINT_HOURS,
    services: [
      {
        key: 'job-seeker-registration',
        name: t('求职登记', 'Job-seeker registration'),
        provider: t('县就业局', 'County employment bureau'),
      },
      {
        key: 'job-openings',
        name: t('发布就业岗位', 'Job openings'),
        provider: t('县就业局', 'County employment bureau'),
      },
      {
        key: 'job-matching',
        name: t('寻找合适就业岗位', 'Finding a suitable job'),
        provider: t('县就业局', 'County employment bureau'),
      },
    ],
  },
];

/** Schooling levels, lowest first, so an opening's minimum can be compared with a seeker's level. */
export const EDUCATION_LEVELS = ['primary', 'junior', 'senior', 'college', 'bachelor'] as const;

/** One of {@link EDUCATION_LEVELS}. */
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** The labels of {@link EDUCATION_LEVELS}. */
export const EDUCATION_LABELS: Record<EducationLevel, LocalizedText> = {
  primary: t('小学', 'Primary school'),
  junior: t('初中', 'Junior secondary'),
  senior: t('高中或中专', 'Senior or vocational secondary'),
  college: t('大专', 'Junior college'),
  bachelor: t('本科及以上', 'Bachelor or above'),
};
