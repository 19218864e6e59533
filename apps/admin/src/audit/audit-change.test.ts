import { describe, expect, it } from 'vitest';
import { diffSnapshots, subjectOf } from './audit-change';

describe('diffSnapshots', () => {
  it('lists only the fields that changed, without bookkeeping', () => {
    const before = { code: '361003107207', name: '潭江村', type: 'suburban', updatedAt: '2025-01-01' };
    const after = { code: '361003107207', name: '潭江村', type: 'industry-chain', updatedAt: '2025-02-01' };
    expect(diffSnapshots(before, after)).toEqual([
      { field: 'type', before: 'suburban', after: 'industry-chain' },
    ]);
  });

  it('lists every field set by a creation, and fields that were removed', () => {
    expect(
      diffSnapshots(null, { username: 'li', role: 'viewer', id: 'x', mobile: null, isDisabled: false }),
    ).toEqual([
      { field: 'username', before: undefined, after: 'li' },
      { field: 'role', before: undefined, after: 'viewer' },
    ]);
    expect(diffSnapshots({ type: null }, { type: undefined })).toEqual([]);
    expect(diffSnapshots({ mobile: '13800138000' }, {})).toEqual([
      { field: 'mobile', before: '13800138000', after: undefined },
    ]);
  });

  it('compares nested values by content and treats plain values as one field', () => {
    expect(diffSnapshots({ grants: ['a:b'] }, { grants: ['a:b'] })).toEqual([]);
    expect(diffSnapshots('x', 'y')).toEqual([{ field: 'value', before: 'x', after: 'y' }]);
    expect(diffSnapshots(null, null)).toEqual([]);
  });
});

describe('subjectOf', () => {
  it('names a village or a user', () => {
    expect(subjectOf(null, { code: '361003107207', name: '潭江村' })).toBe('潭江村（361003107207）');
    expect(subjectOf({ username: 'li.hua', displayName: '李华' }, null)).toBe('李华（li.hua）');
    expect(subjectOf(null, { reason: 'wrong-password' })).toBeUndefined();
  });
});
