import { defineForm, fields, type LocalizedText } from '@cunshe/plugin-sdk';
import { z } from 'zod';
import { SERVICE_KIND_LABELS, SERVICE_KINDS } from './catalogue';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** 志愿者报名: a villager signs up with the volunteer association. */
export const volunteerSignUpForm = defineForm({
  key: 'volunteer-sign-up',
  version: 1,
  title: t('志愿者报名', 'Volunteer sign-up'),
  station: 'volunteer-association',
  workflow: { dueInHours: 168 },
  schema: z.object({
    serviceKinds: fields.multipleChoice(
      SERVICE_KINDS.map((value) => ({ value, label: SERVICE_KIND_LABELS[value] })),
    ),
    skills: fields.text({ maxLength: 100 }).optional(),
    availability: fields.multipleChoice([
      { value: 'weekday', label: t('工作日白天', 'Weekdays') },
      { value: 'evening', label: t('晚上', 'Evenings') },
      { value: 'weekend', label: t('周末', 'Weekends') },
    ]),
    isPartyMember: fields.yesNo(),
  }),
  labels: {
    serviceKinds: t('愿意参加的服务', 'Services'),
    skills: t('特长', 'Skills'),
    availability: t('可服务时间', 'When available'),
    isPartyMember: t('是否党员', 'Party member'),
  },
});

/** 志愿服务需求: a villager (often an elderly one) asks the association for volunteers' help. */
export const volunteerHelpRequestForm = defineForm({
  key: 'volunteer-help-request',
  version: 1,
  title: t('志愿服务需求', 'Request for volunteers’ help'),
  station: 'volunteer-association',
  workflow: { dueInHours: 72 },
  schema: z.object({
    kind: fields.choice(SERVICE_KINDS.map((value) => ({ value, label: SERVICE_KIND_LABELS[value] }))),
    description: fields.longText({ maxLength: 1000 }),
    address: fields.address(),
    wantedOn: fields.date({ min: 'today' }).optional(),
  }),
  labels: {
    kind: t('需要的服务', 'Service wanted'),
    description: t('具体需求', 'What is needed'),
    address: t('地址', 'Address'),
    wantedOn: t('希望日期', 'Wanted on'),
  },
});

/** The forms of the suburban model, each a service request handled by the volunteer association. */
export const suburbanForms = [volunteerSignUpForm, volunteerHelpRequestForm];
