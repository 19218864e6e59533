import { describe, expect, it } from 'vitest';
import { ASSOCIATIONS } from './catalogue';
import { industryChainForms, joinFormOf, technicalHelpFormOf } from './forms';

const sericulture = ASSOCIATIONS.find((a) => a.key === 'sericulture');
if (!sericulture) throw new Error('no sericulture association');
const pathsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.')).sort();
// The eight bytes every PNG starts with, and a little more.
const png = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13]).toString('base64');

describe('the forms of the associations', () => {
  it('gives each association a join form and a technical-help form that land with it', () => {
    expect(industryChainForms.map((form) => [form.key, form.station])).toEqual(
      ASSOCIATIONS.flatMap((a) => [
        [`join-${a.key}`, a.key],
        [`technical-help-${a.key}`, a.key],
      ]),
    );
    expect(technicalHelpFormOf(sericulture).title['zh-CN']).toBe('向蚕桑协会技术求助');
    expect(joinFormOf(sericulture).title['zh-CN']).toBe('蚕桑协会入会申请');
  });

  it('accepts a farmer asking the sericulture association for help, with a photo', () => {
    const form = technicalHelpFormOf(sericulture);
    const result = form.schema.safeParse({
      subject: '蚕病',
      problem: '五龄蚕发白、不吃叶，已死了两成',
      urgency: 'urgent',
      wantsVisit: true,
      photos: [{ name: '蚕匾.png', type: 'image/png', contentBase64: png }],
    });
    expect(result.success).toBe(true);
  });

  it('names each bad field', () => {
    const help = technicalHelpFormOf(sericulture).schema.safeParse({
      subject: '',
      problem: '桑叶发黄',
      urgency: 'tomorrow',
      wantsVisit: true,
      photos: [{ name: 'a.exe', type: 'application/x-msdownload', contentBase64: png }],
    });
    expect(pathsOf(help)).toEqual(['photos.0.type', 'subject', 'urgency']);
    const join = joinFormOf(sericulture).schema.safeParse({
      scale: '桑园 10 亩',
      experienceYears: -1,
      isPartyMember: 'no',
    });
    expect(pathsOf(join)).toEqual(['experienceYears', 'isPartyMember']);
  });
});
