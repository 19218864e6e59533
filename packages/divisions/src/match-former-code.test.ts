import { describe, expect, it } from 'vitest';
import { matchFormerCode } from './match-former-code';

const counties = [
  { code: '361002', name: '临川区' },
  { code: '361003', name: '东乡区' },
  { code: '110118', name: '密云区' },
  { code: '140302', name: '城区' },
  { code: '140502', name: '城区' },
  { code: '141181', name: '孝义市' },
  { code: '622926', name: '东乡族自治县' },
];

describe('matchFormerCode', () => {
  it('matches by prefecture and name stem', () => {
    expect(matchFormerCode({ code: '361029', name: '东乡县' }, counties)).toEqual({
      currentCode: '361003',
      candidates: [],
    });
  });

  it("treats a municipality's districts and counties as one prefecture", () => {
    expect(matchFormerCode({ code: '110228', name: '密云县' }, counties).currentCode).toBe('110118');
  });

  it('lists the same-stem counties of the province when the prefecture has none, without choosing', () => {
    expect(matchFormerCode({ code: '142301', name: '孝义市' }, counties)).toEqual({
      currentCode: null,
      candidates: ['141181'],
    });
    expect(matchFormerCode({ code: '140202', name: '城区' }, counties)).toEqual({
      currentCode: null,
      candidates: ['140302', '140502'],
    });
  });

  it('gives no candidate when nothing shares the stem', () => {
    expect(matchFormerCode({ code: '110103', name: '崇文区' }, counties)).toEqual({
      currentCode: null,
      candidates: [],
    });
  });
});
