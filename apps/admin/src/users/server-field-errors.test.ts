import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { conflictField, isFieldError } from './server-field-errors';

const conflict = (detail: string) =>
  new ApiError({ type: 'about:blank', title: 'Conflict', status: 409, detail }, true);

describe('conflictField', () => {
  it('tells a taken mobile number from a taken login name', () => {
    expect(conflictField(conflict('This mobile number is already in use.'))).toBe('mobile');
    expect(conflictField(conflict('This login name is taken.'))).toBe('username');
    expect(conflictField(new Error('x'))).toBeUndefined();
  });
});

describe('isFieldError', () => {
  it('is true when the problem names a field of the form', () => {
    const invalid = new ApiError(
      {
        type: 'about:blank',
        title: 'Invalid input',
        status: 400,
        errors: [{ path: 'villageId', message: 'No such village' }],
      },
      true,
    );
    expect(isFieldError(invalid, ['villageId'])).toBe(true);
    expect(isFieldError(invalid, ['username'])).toBe(false);
    expect(isFieldError(conflict('This login name is taken.'), [])).toBe(true);
  });
});
