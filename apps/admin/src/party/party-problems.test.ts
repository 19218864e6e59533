import { describe, expect, it } from 'vitest';
import { localizePartyProblem } from './party-problems';

describe('localizePartyProblem', () => {
  it('reads known rule messages and patterns back into catalog keys', () => {
    expect(localizePartyProblem('the activity certificate number is required')).toEqual({
      key: 'party.problems.certificateRequired',
    });
    expect(localizePartyProblem('the same ID number is on line 7 too')).toEqual({
      key: 'party.problems.idTwice',
      args: { line: '7' },
    });
    expect(localizePartyProblem('“2005-13-01” is not a date such as 2005-07-01')).toMatchObject({
      args: { value: '2005-13-01' },
    });
    expect(localizePartyProblem('a centre belongs to a village or a township, not both')).toEqual({
      key: 'party.problems.centreBothPlaces',
    });
    expect(localizePartyProblem('something else')).toBeUndefined();
  });
});
