import { residentIdCheckCharacter } from '@cunshe/personal-data';
import { describe, expect, it } from 'vitest';
import { checkFormDefinition } from './form-document';
import { householdAnswer, householdForm } from './test-form';
import { validateFormData } from './validate-form-data';

const png = (size: number) =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(size - 8),
  ]).toString('base64');

function errorsOf(change: Record<string, unknown>) {
  const result = validateFormData(householdForm, { ...householdAnswer, ...change });
  return result.isValid ? [] : result.errors;
}

function firstError(change: Record<string, unknown>) {
  const [error] = errorsOf(change);
  return error;
}

const idWith = (first17: string) => `${first17}${residentIdCheckCharacter(first17)}`;

describe('validateFormData', () => {
  it('accepts a valid answer and normalises it', () => {
    const result = validateFormData(householdForm, householdAnswer);
    expect(result.isValid).toBe(true);
    if (!result.isValid) return;
    expect(result.data.name).toBe('张三');
    expect(result.data.phone).toBe('13800138000');
    expect(result.data.idNumber).toBe('11010519491231002X');
  });

  it('says "required" at each missing field, in both languages', () => {
    const result = validateFormData(householdForm, {});
    expect(result.isValid).toBe(false);
    if (result.isValid) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'name',
        'people',
        'movedInOn',
        'housing',
        'needs',
        'isPoor',
        'phone',
        'idNumber',
      ]),
    );
    expect(paths).not.toContain('note');
    expect(result.errors.find((e) => e.path === 'housing')?.code).toBe('required');
    expect(result.errors.find((e) => e.path === 'name')).toEqual({
      path: 'name',
      code: 'required',
      messages: { 'zh-CN': '此项必填', en: 'This field is required' },
    });
  });

  it('treats an empty text as missing', () => {
    expect(firstError({ name: '   ' })).toMatchObject({ path: 'name', code: 'too_small' });
    expect(firstError({ name: '' })).toMatchObject({ path: 'name', code: 'required' });
    expect(errorsOf({ note: '' })).toEqual([]);
  });

  it.each([
    ['text too long', { name: '张'.repeat(21) }, 'name', '最多 20 个字'],
    ['long text too long', { note: 'a'.repeat(201) }, 'note', '最多 200 个字'],
    ['integer with a fraction', { people: 2.5 }, 'people', '请输入整数'],
    ['integer below the minimum', { people: 0 }, 'people', '不能小于 1'],
    ['integer as text', { people: '3' }, 'people', '请输入数字'],
    ['decimal with too many digits', { land: 1.25 }, 'land', '最多 1 位小数'],
    ['decimal above the maximum', { land: 1000.5 }, 'land', '不能大于 1000'],
    ['impossible date', { movedInOn: '2001-02-30' }, 'movedInOn', '请输入有效日期（年-月-日）'],
    ['date before the minimum', { movedInOn: '1949-12-31' }, 'movedInOn', '不能早于 1950-01-01'],
    ['date in the future', { movedInOn: '2999-01-01' }, 'movedInOn', '不能晚于 今天'],
    ['choice outside the options', { housing: 'castle' }, 'housing', '请从选项中选择'],
    ['multiple choice with too many', { needs: ['insurance', 'pension', 'work'] }, 'needs', '最多 2 项'],
    ['multiple choice chosen twice', { needs: ['work', 'work'] }, 'needs', '每个选项只能选一次'],
    ['multiple choice with none', { needs: [] }, 'needs', '至少 1 项'],
    ['yes/no as text', { isPoor: 'yes' }, 'isPoor', '请选择是或否'],
    [
      'mobile with 10 digits',
      { phone: '1380013800' },
      'phone',
      '请输入 11 位手机号码（以 13-19 开头，可带 +86）',
    ],
    [
      'landline as mobile',
      { phone: '0794-8221234' },
      'phone',
      '请输入 11 位手机号码（以 13-19 开头，可带 +86）',
    ],
    ['address without its detail', { address: { group: '一组' } }, 'address.detail', '此项必填'],
    [
      'address in an unknown group',
      { address: { group: '九组', detail: '1 号' } },
      'address.group',
      '请从选项中选择',
    ],
    ['group without entries', { members: [] }, 'members', '至少 1 项'],
    [
      'group entry with a bad field',
      { members: [{ name: '李四', relation: 'cousin' }] },
      'members.0.relation',
      '请从选项中选择',
    ],
  ])('refuses a %s at the field', (_, change, path, message) => {
    expect(firstError(change)).toMatchObject({ path, messages: { 'zh-CN': message } });
  });

  it('gives the English message beside the Chinese one', () => {
    expect(firstError({ people: 0 })?.messages).toEqual({ 'zh-CN': '不能小于 1', en: 'Must be at least 1' });
  });

  it('accepts valid values of every optional kind', () => {
    const result = validateFormData(householdForm, {
      ...householdAnswer,
      note: '第一行\n第二行',
      land: 2.5,
      housing: 'rent',
      rentFrom: '王五',
      needs: ['insurance', 'work'],
      isPoor: true,
      phone: '１３８ ００１３ ８０００',
      photo: [{ name: 'a.png', type: 'image/png', contentBase64: png(64) }],
      members: [
        { name: '李四', relation: 'spouse', idNumber: idWith('36102919850601001') },
        { name: '张小', relation: 'child' },
      ],
    });
    expect(result).toMatchObject({ isValid: true, data: { phone: '13800138000', land: 2.5 } });
  });
});

describe('resident ID numbers (GB 11643)', () => {
  it('accepts a lower-case x and stores it upper-case', () => {
    const result = validateFormData(householdForm, { ...householdAnswer, idNumber: ' 11010519491231002x ' });
    expect(result.isValid && result.data.idNumber).toBe('11010519491231002X');
  });

  it('refuses a wrong check digit', () => {
    expect(firstError({ idNumber: '110105194912310021' })).toMatchObject({
      path: 'idNumber',
      code: 'resident-id.check-digit',
      messages: { 'zh-CN': '身份证号码校验位不正确，请核对' },
    });
  });

  it('refuses an impossible birth date, even with the right check digit', () => {
    expect(firstError({ idNumber: idWith('11010519490230002') })).toMatchObject({
      code: 'resident-id.birth-date',
    });
    expect(firstError({ idNumber: idWith('11010529990101002') })).toMatchObject({
      code: 'resident-id.birth-date',
    });
  });

  it('refuses a short or malformed number', () => {
    expect(firstError({ idNumber: '1101051949' })).toMatchObject({ code: 'resident-id.length' });
    expect(firstError({ idNumber: '1101051949123100AX' })).toMatchObject({ code: 'resident-id.format' });
  });

  it('checks ID numbers inside a repeating group, at the entry', () => {
    expect(
      firstError({ members: [{ name: '李四', relation: 'spouse', idNumber: '110105194912310021' }] }),
    ).toMatchObject({ path: 'members.0.idNumber', code: 'resident-id.check-digit' });
  });
});

describe('attachments', () => {
  const photo = (file: Record<string, unknown>) => firstError({ photo: [file] });

  it('refuses a type the form does not accept', () => {
    expect(photo({ name: 'a.pdf', type: 'application/pdf', contentBase64: png(64) })).toMatchObject({
      path: 'photo.0.type',
      code: 'attachment.type',
    });
  });

  it('refuses a file above the size limit', () => {
    expect(photo({ name: 'a.png', type: 'image/png', contentBase64: png(2048) })).toMatchObject({
      path: 'photo.0',
      code: 'attachment.size',
      messages: { 'zh-CN': '文件不能超过 1 KB' },
    });
  });

  it('refuses content that is not of the declared type', () => {
    expect(
      photo({
        name: 'a.png',
        type: 'image/png',
        contentBase64: Buffer.from('MZ not a png').toString('base64'),
      }),
    ).toMatchObject({ code: 'attachment.content' });
  });

  it('refuses content that is not base64', () => {
    expect(photo({ name: 'a.png', type: 'image/png', contentBase64: '***' })).toMatchObject({
      path: 'photo.0.contentBase64',
    });
  });

  it('refuses more files than allowed', () => {
    const file = { name: 'a.png', type: 'image/png', contentBase64: png(64) };
    expect(firstError({ photo: [file, file] })).toMatchObject({ path: 'photo', code: 'too_big' });
  });
});

describe('conditions', () => {
  it('requires a conditional field when it is shown', () => {
    expect(errorsOf({ housing: 'rent' })).toEqual([
      expect.objectContaining({ path: 'rentFrom', code: 'required' }),
    ]);
  });

  it('drops the value of a hidden field', () => {
    const result = validateFormData(householdForm, { ...householdAnswer, rentFrom: '王五' });
    expect(result.isValid && 'rentFrom' in result.data).toBe(false);
  });
});

describe('checkFormDefinition', () => {
  it('finds nothing wrong with a good form', () => {
    expect(checkFormDefinition(householdForm)).toEqual([]);
  });

  it('names missing labels, unknown hints, bad conditions and sections', () => {
    const { name: _, ...labels } = householdForm.labels;
    expect(
      checkFormDefinition({
        ...householdForm,
        labels: { ...labels, ghost: { 'zh-CN': '鬼', en: 'Ghost' } },
        hints: {
          ...householdForm.hints,
          people: { showWhen: { field: 'nope', equals: 1 }, section: 'garden' },
        },
      }),
    ).toEqual([
      { path: 'labels.name', message: 'is missing' },
      { path: 'hints.people.showWhen.field', message: 'names nope, which is not a sibling field' },
      {
        path: 'schema.people',
        message: 'has a condition, so it must be .optional() (use isRequiredWhenShown)',
      },
      { path: 'hints.people.section', message: 'names no section garden' },
      { path: 'labels.ghost', message: 'names no field' },
    ]);
  });
});
