import { defineForm, fields, type LocalizedText } from '@cunshe/plugin-sdk';
import { z } from 'zod';
import type { RoomKey } from './catalogue';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** 求助申请: a villager asks the help station for civil-affairs, legal or housekeeping help. */
export const helpRequestForm = defineForm({
  key: 'help-request',
  version: 1,
  title: t('求助申请', 'Request for help'),
  description: t('求助服务站受理：民政、法律咨询、家政服务、结对帮扶。', 'Handled by the help station.'),
  station: 'help-station',
  workflow: { dueInHours: 48 },
  schema: z.object({
    kind: fields.choice([
      { value: 'civil-affairs', label: t('民政（低保、救助等）', 'Civil affairs (subsistence, relief)') },
      { value: 'legal-advice', label: t('法律咨询', 'Legal advice') },
      { value: 'housekeeping', label: t('家政服务', 'Housekeeping services') },
      { value: 'pairing-assistance', label: t('结对帮扶', 'Pairing assistance') },
      { value: 'other', label: t('其他困难', 'Other') },
    ]),
    description: fields.longText({ maxLength: 1000 }),
    address: fields.address().optional(),
    isUrgent: fields.yesNo(),
  }),
  labels: {
    kind: t('求助类别', 'Kind of help'),
    description: t('求助事项', 'What is needed'),
    address: t('住址', 'Address'),
    isUrgent: t('是否紧急', 'Urgent'),
  },
});

/** 农技服务申请: a farmer asks the agricultural service station for practical techniques. */
export const agricultureRequestForm = defineForm({
  key: 'agriculture-request',
  version: 1,
  title: t('农技服务申请', 'Request for farming advice'),
  station: 'agriculture-station',
  workflow: { dueInHours: 72 },
  schema: z.object({
    topic: fields.choice([
      { value: 'planting', label: t('种植技术', 'Growing crops') },
      { value: 'livestock', label: t('养殖技术', 'Raising livestock') },
      { value: 'pest-control', label: t('病虫害防治', 'Pests and diseases') },
      { value: 'farm-inputs', label: t('农资信息', 'Seeds, fertiliser, feed') },
      { value: 'other', label: t('其他', 'Other') },
    ]),
    crop: fields.text({ maxLength: 40 }),
    area: fields.decimal({ min: 0, max: 100_000, scale: 1, unit: t('亩', 'mu') }).optional(),
    problem: fields.longText({ maxLength: 1000 }),
    wantsVisit: fields.yesNo(),
  }),
  labels: {
    topic: t('咨询方向', 'Topic'),
    crop: t('作物或畜禽', 'Crop or livestock'),
    area: t('面积', 'Area'),
    problem: t('问题描述', 'The problem'),
    wantsVisit: t('是否需要上门指导', 'Visit wanted'),
  },
  hints: { crop: { placeholder: t('如：水稻、蚕桑、生猪', 'e.g. rice, silkworms, pigs') } },
});

/** 医疗服务申请: a villager asks the medical service station for a visit, advice or a follow-up. */
export const medicalRequestForm = defineForm({
  key: 'medical-request',
  version: 1,
  title: t('医疗服务申请', 'Request for medical service'),
  station: 'medical-station',
  workflow: { dueInHours: 24 },
  schema: z.object({
    service: fields.choice([
      { value: 'home-visit', label: t('上门诊疗', 'Home visit') },
      { value: 'consultation', label: t('健康咨询', 'Health advice') },
      { value: 'chronic-follow-up', label: t('慢病随访', 'Chronic illness follow-up') },
    ]),
    patientAge: fields.integer({ min: 0, max: 120, unit: t('岁', 'years') }).optional(),
    symptoms: fields.longText({ maxLength: 1000 }),
    preferredDate: fields.date({ min: 'today' }).optional(),
  }),
  labels: {
    service: t('服务项目', 'Service'),
    patientAge: t('患者年龄', 'Patient’s age'),
    symptoms: t('症状或需求', 'Symptoms or needs'),
    preferredDate: t('希望日期', 'Preferred date'),
  },
});

/** 治安求助: a villager reports a dispute, a hazard or a loss to the public-security police station. */
export const policeRequestForm = defineForm({
  key: 'police-request',
  version: 1,
  title: t('治安求助', 'Public-security report'),
  station: 'police-station',
  workflow: { dueInHours: 24 },
  schema: z.object({
    matter: fields.choice([
      { value: 'dispute', label: t('邻里纠纷', 'Dispute between neighbours') },
      { value: 'hazard', label: t('治安隐患', 'Public-security hazard') },
      { value: 'loss', label: t('财物丢失或人员走失', 'Lost property or missing person') },
      { value: 'lead', label: t('案件线索', 'Lead on a case') },
      { value: 'other', label: t('其他', 'Other') },
    ]),
    place: fields.address(),
    happenedOn: fields.date({ max: 'today' }),
    description: fields.longText({ maxLength: 2000 }),
  }),
  labels: {
    matter: t('事项类别', 'Matter'),
    place: t('发生地点', 'Where'),
    happenedOn: t('发生日期', 'When'),
    description: t('情况说明', 'What happened'),
  },
});

function roomBookingForm(room: RoomKey, title: LocalizedText) {
  return defineForm({
    key: `${room}-booking`,
    version: 1,
    title,
    station: room,
    workflow: { dueInHours: 72 },
    schema: z.object({
      date: fields.date({ min: 'today' }),
      slot: fields.choice([
        { value: 'morning', label: t('上午', 'Morning') },
        { value: 'afternoon', label: t('下午', 'Afternoon') },
        { value: 'evening', label: t('晚上', 'Evening') },
      ]),
      purpose: fields.text({ maxLength: 100 }),
      expectedAttendance: fields.integer({ min: 1, max: 500, unit: t('人', 'people') }),
      needsEquipment: fields.yesNo(),
    }),
    labels: {
      date: t('使用日期', 'Date'),
      slot: t('时段', 'Time of day'),
      purpose: t('活动内容', 'Activity'),
      expectedAttendance: t('预计人数', 'Expected attendance'),
      needsEquipment: t('是否使用电教设备', 'Needs the distance-education equipment'),
    },
  });
}

/** 宣教活动室使用预约: booking the publicity and education room. */
export const publicityRoomBookingForm = roomBookingForm(
  'publicity-room',
  t('宣教活动室使用预约', 'Booking the publicity and education room'),
);

/** 文化活动室使用预约: booking the culture room. */
export const cultureRoomBookingForm = roomBookingForm(
  'culture-room',
  t('文化活动室使用预约', 'Booking the culture room'),
);

/** Every request form of 四站两室, one per station; each submission becomes a service request. */
export const stationForms = [
  helpRequestForm,
  agricultureRequestForm,
  medicalRequestForm,
  policeRequestForm,
  publicityRoomBookingForm,
  cultureRoomBookingForm,
];
