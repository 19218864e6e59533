import { describe, expect, it } from 'vitest';
import { loginHref, safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path of this site with its search', () => {
    expect(safeNext('/villages?q=tj')).toBe('/villages?q=tj');
  });

  it.each([
    undefined,
    '',
    'villages',
    '//evil.example',
    '/\\evil.example',
    'https://evil.example',
    '/login',
    '/login?next=/x',
    '/account/password',
  ])('answers / for %s', (next) => {
    expect(safeNext(next)).toBe('/');
  });
});

describe('loginHref', () => {
  it('names the page to return to, unless it is the home page', () => {
    expect(loginHref('/users?page=2')).toBe('/login?next=%2Fusers%3Fpage%3D2');
    expect(loginHref('/')).toBe('/login');
  });
});
