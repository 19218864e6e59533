import { describe, expect, it } from 'vitest';
import { STATIONS } from './catalogue';
import {
  agricultureRequestForm,
  cultureRoomBookingForm,
  helpRequestForm,
  medicalRequestForm,
  policeRequestForm,
  publicityRoomBookingForm,
  stationForms,
} from './forms';

// Days in China (Asia/Shanghai), where a date field's `today` is counted: at 23:30 UTC it is the next day there.
const chinaDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
const tomorrow = chinaDay(1);
const yesterday = chinaDay(-1);

const pathsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.')).sort();

describe('the request forms of 四站两室', () => {
  it('gives every station one service-request form that it handles', () => {
    expect(stationForms.map((form) => form.station)).toEqual(STATIONS.map((station) => station.key));
    for (const form of stationForms) {
      expect(form.workflow?.dueInHours).toBeGreaterThan(0);
      expect(form.version).toBe(1);
    }
  });

  it('accepts a good submission of each form', () => {
    const good = [
      [helpRequestForm, { kind: 'legal-advice', description: '宅基地纠纷想咨询律师', isUrgent: false }],
      [
        agricultureRequestForm,
        { topic: 'pest-control', crop: '水稻', area: 12.5, problem: '稻飞虱严重', wantsVisit: true },
      ],
      [
        medicalRequestForm,
        { service: 'home-visit', patientAge: 78, symptoms: '高血压随访', preferredDate: tomorrow },
      ],
      [
        policeRequestForm,
        {
          matter: 'hazard',
          place: { group: '三组', detail: '村口桥边' },
          happenedOn: yesterday,
          description: '路灯坏了',
        },
      ],
      [
        publicityRoomBookingForm,
        {
          date: tomorrow,
          slot: 'evening',
          purpose: '党员远程教育',
          expectedAttendance: 30,
          needsEquipment: true,
        },
      ],
      [
        cultureRoomBookingForm,
        {
          date: tomorrow,
          slot: 'afternoon',
          purpose: '广场舞排练',
          expectedAttendance: 20,
          needsEquipment: false,
        },
      ],
    ] as const;
    for (const [form, data] of good) expect(form.schema.safeParse(data).success, form.key).toBe(true);
  });

  it('names each bad field', () => {
    expect(
      pathsOf(helpRequestForm.schema.safeParse({ kind: 'money', description: '', isUrgent: 'yes' })),
    ).toEqual(['description', 'isUrgent', 'kind']);
    expect(
      pathsOf(
        agricultureRequestForm.schema.safeParse({
          topic: 'planting',
          crop: '水稻',
          area: 1.25,
          problem: 'x',
          wantsVisit: true,
        }),
      ),
    ).toEqual(['area']);
    expect(
      pathsOf(
        medicalRequestForm.schema.safeParse({
          service: 'home-visit',
          symptoms: '咳嗽',
          preferredDate: yesterday,
        }),
      ),
    ).toEqual(['preferredDate']);
    expect(
      pathsOf(
        policeRequestForm.schema.safeParse({
          matter: 'dispute',
          place: { detail: '' },
          happenedOn: tomorrow,
          description: '吵架',
        }),
      ),
    ).toEqual(['happenedOn', 'place.detail']);
    expect(
      pathsOf(
        cultureRoomBookingForm.schema.safeParse({
          date: tomorrow,
          slot: 'night',
          purpose: '排练',
          expectedAttendance: 0,
          needsEquipment: false,
        }),
      ),
    ).toEqual(['expectedAttendance', 'slot']);
  });
});
