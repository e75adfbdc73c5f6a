import { pollPhase, resultsVisible, tierAtLeast, voteRefusal, winningOption } from '../../cloudfunctions/shared/domain/poll';

const at = (iso: string) => new Date(iso);
const poll = {
  status: 'open' as const,
  openAt: at('2026-11-20T00:00:00Z'),
  closeAt: at('2026-11-30T00:00:00Z'),
  minTier: 'explorer' as const,
  maxChoices: 2,
  optionIds: ['a', 'b', 'c'],
};
const during = at('2026-11-25T00:00:00Z');

describe('polls', () => {
  it('open between their times unless closed early', () => {
    expect(pollPhase(poll, at('2026-11-19T23:59:59Z'))).toBe('upcoming');
    expect(pollPhase(poll, during)).toBe('open');
    expect(pollPhase(poll, poll.closeAt)).toBe('closed');
    expect(pollPhase({ ...poll, status: 'closed' }, during)).toBe('closed');
  });

  it.each([
    ['a closed poll', { ...poll, status: 'closed' as const }, 'explorer', ['a'], 'POLL_CLOSED'],
    ['a tier below the minimum', { ...poll, minTier: 'officer' as const }, 'explorer', ['a'], 'FORBIDDEN'],
    ['too many choices', poll, 'explorer', ['a', 'b', 'c'], 'INVALID_ARGUMENT'],
    ['a repeated option', poll, 'explorer', ['a', 'a'], 'INVALID_ARGUMENT'],
    ['no option', poll, 'explorer', [], 'INVALID_ARGUMENT'],
    ['an unknown option', poll, 'explorer', ['z'], 'INVALID_ARGUMENT'],
  ] as const)('refuse %s', (_name, p, tier, options, code) => {
    expect(voteRefusal(p, tier, [...options], during)?.code).toBe(code);
  });

  it('accept a valid ballot, and higher tiers where a minimum is set', () => {
    expect(voteRefusal(poll, 'explorer', ['a', 'c'], during)).toBeNull();
    expect(voteRefusal({ ...poll, minTier: 'officer' }, 'cocreator', ['b'], during)).toBeNull();
    expect(tierAtLeast('officer', 'officer')).toBe(true);
  });

  it('show results after voting or after close', () => {
    expect(resultsVisible(false, 'open')).toBe(false);
    expect(resultsVisible(true, 'open')).toBe(true);
    expect(resultsVisible(false, 'closed')).toBe(true);
  });

  it('name the winner, the earlier option on a tie, none without votes', () => {
    expect(winningOption(['a', 'b', 'c'], { a: 2, b: 5, c: 5 })).toBe('b');
    expect(winningOption(['a', 'b'], {})).toBeNull();
  });
});
