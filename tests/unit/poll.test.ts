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
    expect(pollPhase(poll, poll.openAt)).toBe('open');
    expect(pollPhase(poll, during)).toBe('open');
    expect(pollPhase(poll, at('2026-11-29T23:59:59.999Z'))).toBe('open');
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

  it.each([
    ['after the close', poll, 'explorer', ['a'], at('2026-11-30T00:00:00Z'), 'POLL_CLOSED', '投票已结束'],
    ['before the opening', poll, 'explorer', ['a'], at('2026-11-19T23:59:59Z'), 'POLL_CLOSED', '投票还没开始'],
    ['below the minimum tier', { ...poll, minTier: 'officer' as const }, 'explorer', ['a'], during, 'FORBIDDEN', '这个投票仅限体验官及以上参与'],
    ['with a repeated option', poll, 'explorer', ['a', 'a'], during, 'INVALID_ARGUMENT', '请选择选项（不能重复）'],
    ['with no option', poll, 'explorer', [], during, 'INVALID_ARGUMENT', '请选择选项（不能重复）'],
    ['with more options than allowed', poll, 'explorer', ['a', 'b', 'c'], during, 'INVALID_ARGUMENT', '最多选择 2 项'],
    ['with one unknown option among known ones', poll, 'explorer', ['a', 'z'], during, 'INVALID_ARGUMENT', '选项不存在'],
  ] as const)('tell a voter why a ballot %s is refused', (_name, p, tier, options, now, code, message) => {
    expect(voteRefusal(p, tier, [...options], now)).toEqual({ code, message });
  });

  it('rank tiers 探索者 < 体验官 < 共创官', () => {
    const tiers = ['explorer', 'officer', 'cocreator'] as const;
    for (const [i, tier] of tiers.entries()) {
      for (const [j, minimum] of tiers.entries()) expect(tierAtLeast(tier, minimum)).toBe(i >= j);
    }
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
    expect(winningOption(['a', 'b'], { a: 0, b: 0 })).toBeNull();
    expect(winningOption(['a', 'b', 'c'], { a: 0, c: 1 })).toBe('c');
    expect(winningOption(['a', 'b', 'c'], { a: 3, b: 1, c: 2 })).toBe('a');
    expect(winningOption(['a', 'b'], { a: 4, b: 4 })).toBe('a');
  });
});
