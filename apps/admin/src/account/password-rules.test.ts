import { describe, expect, it } from 'vitest';
import { checkPasswordChange, serverPasswordProblem } from './password-rules';

const account = { username: 'wangfang01', mobile: '13800138000' };

describe('checkPasswordChange', () => {
  it('accepts a good change', () => {
    const fields = {
      currentPassword: 'old-secret',
      newPassword: '村社-new-secret',
      confirmPassword: '村社-new-secret',
    };
    expect(checkPasswordChange(fields, account)).toEqual({});
  });

  it('names each field that is refused', () => {
    expect(
      checkPasswordChange({ currentPassword: '', newPassword: '', confirmPassword: 'x' }, account),
    ).toEqual({
      currentPassword: 'required',
      newPassword: 'required',
      confirmPassword: 'mismatch',
    });
    expect(
      checkPasswordChange({ currentPassword: 'a', newPassword: 'short', confirmPassword: 'short' }, account),
    ).toEqual({ newPassword: 'tooShort' });
  });

  it('refuses the login name, the mobile number and the current password', () => {
    const same = (newPassword: string, currentPassword = 'old-secret') =>
      checkPasswordChange({ currentPassword, newPassword, confirmPassword: newPassword }, account)
        .newPassword;
    expect(same('WangFang01')).toBe('sameAsLogin');
    expect(same('wangfang012')).toBe(undefined);
    expect(same('13800138000')).toBe('sameAsLogin');
    expect(same('old-secret')).toBe('sameAsCurrent');
  });
});

describe('serverPasswordProblem', () => {
  it('reads the refusals packages/auth words', () => {
    expect(serverPasswordProblem('The current password is wrong.')).toBe('wrongCurrent');
    expect(serverPasswordProblem('The password needs at least 8 characters.')).toBe('tooShort');
    expect(serverPasswordProblem('The password may not be the login name or the mobile number.')).toBe(
      'sameAsLogin',
    );
    expect(serverPasswordProblem('The new password must differ from the current one.')).toBe('sameAsCurrent');
    expect(serverPasswordProblem('Something else')).toBeUndefined();
  });
});
