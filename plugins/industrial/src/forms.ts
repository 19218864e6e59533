import { defineForm, fields, type LocalizedText } from '@cunshe/plugin-sdk';
import { z } from 'zod';
import { EDUCATION_LABELS, EDUCATION_LEVELS } from './catalogue';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

const year = () => fields.integer({ min: 2000, max: 2100, unit: t('年度', 'year') });

/** 社保缴费: a worker or farmer pays social insurance at the social insurance bureau's point. */
export const socialInsurancePaymentForm = defineForm({
  key: 'social-insurance-payment',
  version: 1,
  title: t('社保缴费', 'Paying social insurance'),
  description: t('县社保局服务点受理。', 'Handled by the county social insurance bureau’s service point.'),
  station: 'social-insurance-point',
  workflow: { dueInHours: 72 },
  schema: z.object({
    idNumber: fields.residentId(),
    scheme: fields.choice([
      { value: 'rural-pension', label: t('城乡居民基本养老保险', 'Rural and urban residents’ pension') },
      { value: 'flexible-employment', label: t('灵活就业人员养老保险', 'Pension for the flexibly employed') },
    ]),
    grade: fields.choice([
      { value: '300', label: t('300 元档', 'CNY 300') },
      { value: '500', label: t('500 元档', 'CNY 500') },
      { value: '1000', label: t('1000 元档', 'CNY 1,000') },
      { value: '2000', label: t('2000 元档', 'CNY 2,000') },
    ]),
    year: year(),
    isFirstTime: fields.yesNo(),
    previousPlace: fields.text({ maxLength: 60 }).optional(),
  }),
  labels: {
    idNumber: t('身份证号码', 'ID number'),
    scheme: t('险种', 'Scheme'),
    grade: t('缴费档次', 'Contribution grade'),
    year: t('缴费年度', 'Year'),
    isFirstTime: t('是否首次参保', 'First enrolment'),
    previousPlace: t('原参保地', 'Previously insured in'),
  },
  hints: { previousPlace: { showWhen: { field: 'isFirstTime', equals: false } } },
});

/** 医保缴费: a household pays medical insurance at the medical insurance office's point. */
export const medicalInsurancePaymentForm = defineForm({
  key: 'medical-insurance-payment',
  version: 1,
  title: t('医保缴费', 'Paying medical insurance'),
  description: t('县医保办服务点受理。', 'Handled by the county medical insurance office’s service point.'),
  station: 'medical-insurance-point',
  workflow: { dueInHours: 72 },
  schema: z.object({
    idNumber: fields.residentId(),
    year: year(),
    people: fields.integer({ min: 1, max: 20, unit: t('人', 'people') }),
    members: fields
      .group(
        {
          name: fields.text({ maxLength: 20 }),
          idNumber: fields.residentId(),
          relation: fields.choice([
            { value: 'spouse', label: t('配偶', 'Spouse') },
            { value: 'child', label: t('子女', 'Child') },
            { value: 'parent', label: t('父母', 'Parent') },
            { value: 'other', label: t('其他', 'Other') },
          ]),
        },
        { minItems: 0, maxItems: 19 },
      )
      .optional(),
  }),
  labels: {
    idNumber: t('户主身份证号码', 'Householder’s ID number'),
    year: t('缴费年度', 'Year'),
    people: t('参保人数', 'People insured'),
    members: t('家庭成员', 'Household members'),
    'members.name': t('姓名', 'Name'),
    'members.idNumber': t('身份证号码', 'ID number'),
    'members.relation': t('与户主关系', 'Relation'),
  },
});

/** 求职登记: a job seeker registers with the employment bureau's point to find a suitable job. */
export const jobSeekerRegistrationForm = defineForm({
  key: 'job-seeker-registration',
  version: 1,
  title: t('求职登记', 'Job-seeker registration'),
  description: t(
    '县就业局服务点受理，登记后为求职者匹配合适的就业岗位。',
    'Handled by the employment bureau’s point, which then matches the seeker to suitable openings.',
  ),
  station: 'employment-point',
  workflow: { dueInHours: 120 },
  schema: z.object({
    gender: fields.choice([
      { value: 'male', label: t('男', 'Male') },
      { value: 'female', label: t('女', 'Female') },
    ]),
    birthYear: fields.integer({ min: 1940, max: 2012 }),
    education: fields.choice(EDUCATION_LEVELS.map((value) => ({ value, label: EDUCATION_LABELS[value] }))),
    skills: fields.text({ maxLength: 100 }).optional(),
    desiredWork: fields.text({ maxLength: 60 }),
    expectedMonthlyWage: fields.integer({ min: 0, max: 100_000, unit: t('元/月', 'CNY a month') }).optional(),
    canWorkShifts: fields.yesNo(),
  }),
  labels: {
    gender: t('性别', 'Gender'),
    birthYear: t('出生年份', 'Year of birth'),
    education: t('文化程度', 'Schooling'),
    skills: t('技能特长', 'Skills'),
    desiredWork: t('求职意向', 'Work wanted'),
    expectedMonthlyWage: t('期望月薪', 'Expected monthly wage'),
    canWorkShifts: t('能否倒班', 'Can work shifts'),
  },
  hints: { skills: { placeholder: t('如：电焊、叉车、缝纫', 'e.g. welding, forklift, sewing') } },
});

/** The forms of the three service points, each a service request handled by its point. */
export const industrialForms = [
  socialInsurancePaymentForm,
  medicalInsurancePaymentForm,
  jobSeekerRegistrationForm,
];
