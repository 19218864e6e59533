import { describe, expect, it } from 'vitest';
import { checkMemberForm, memberFormValues, memberInputOf } from './member-form';

describe('the member form', () => {
  it('asks for what each category requires', () => {
    const floating = {
      ...memberFormValues(),
      category: 'floating' as const,
      organizationId: 'b',
      name: '张三',
      idNumber: 'x',
      joinedOn: '2001-07-01',
    };
    expect(Object.keys(checkMemberForm(floating, true)).sort()).toEqual([
      'certificateNumber',
      'certificateValidFrom',
      'certificateValidUntil',
      'currentLocation',
      'managementMode',
    ]);
    const proxy = {
      ...floating,
      certificateNumber: 'c',
      certificateValidFrom: '2025-01-01',
      certificateValidUntil: '2024-01-01',
      currentLocation: '义乌',
      managementMode: 'proxy' as const,
    };
    expect(checkMemberForm(proxy, true)).toEqual({
      certificateValidUntil: 'party.problems.certificateOrder',
      managingOrganizationName: 'party.problems.managingRequired',
    });
    expect(Object.keys(checkMemberForm({ ...floating, category: 'in-service' }, false)).sort()).toEqual([
      'employerName',
      'employerPartyOrganization',
    ]);
  });

  it('sends only the category’s own fields and the ID number only when typed', () => {
    const values = {
      ...memberFormValues(),
      category: 'unemployed' as const,
      registeredOn: '2024-01-01',
      employerName: '留下的旧值',
      name: ' 李四 ',
    };
    const input = memberInputOf(values, false);
    expect(input).toMatchObject({ name: '李四', registeredOn: '2024-01-01', employerName: null });
    expect('idNumber' in input).toBe(false);
    expect('organizationId' in input).toBe(false);
  });
});
