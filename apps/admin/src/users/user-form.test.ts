import { describe, expect, it } from 'vitest';
import { checkUserForm, emptyUserForm, scopeLevelOf, toUserInput, type UserFormState } from './user-form';

const xinjian = { value: 'v-1', label: '新建村' };
const xiaogang = { value: 't-1', label: '孝岗镇' };

function form(changes: Partial<UserFormState>): UserFormState {
  return { ...emptyUserForm(), username: 'xinjian.admin', displayName: '张三', ...changes };
}

describe('scopeLevelOf', () => {
  it('follows the role, and the choice for a viewer', () => {
    expect(scopeLevelOf({ role: 'county-admin', viewerLevel: 'village' })).toBe('county');
    expect(scopeLevelOf({ role: 'township-admin', viewerLevel: 'county' })).toBe('township');
    expect(scopeLevelOf({ role: 'station-staff', viewerLevel: 'county' })).toBe('village');
    expect(scopeLevelOf({ role: 'viewer', viewerLevel: 'township' })).toBe('township');
  });
});

describe('checkUserForm', () => {
  it('accepts a village admin with a village', () => {
    expect(checkUserForm(form({ village: xinjian }), true)).toEqual({});
  });

  it('names each refused field', () => {
    expect(checkUserForm(form({ username: '', displayName: ' ', mobile: '1234' }), true)).toEqual({
      username: 'required',
      displayName: 'required',
      mobile: 'mobileInvalid',
      villageId: 'villageRequired',
    });
    expect(checkUserForm(form({ username: '9lives', village: xinjian }), true)).toEqual({
      username: 'usernameInvalid',
    });
    expect(checkUserForm(form({ role: 'township-admin' }), true)).toEqual({ townshipId: 'townshipRequired' });
  });

  it('does not check the login name of an edit', () => {
    expect(checkUserForm(form({ username: '', village: xinjian }), false)).toEqual({});
  });
});

describe('toUserInput', () => {
  it('sends only the scope the role needs', () => {
    expect(
      toUserInput(form({ username: ' XinJian.Admin ', mobile: '', township: xiaogang, village: xinjian })),
    ).toEqual({
      username: 'xinjian.admin',
      displayName: '张三',
      mobile: null,
      role: 'village-admin',
      townshipId: null,
      villageId: 'v-1',
    });
    expect(toUserInput(form({ role: 'county-admin', village: xinjian }))).toMatchObject({
      townshipId: null,
      villageId: null,
    });
  });
});
