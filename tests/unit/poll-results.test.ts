import type { PollView } from '@shared/api'
import { choiceHint, percentages, pollResults, toggleChoice } from '@/utils/poll-results'

const poll = (over: Partial<PollView> = {}): PollView => ({
  pollId: 'p1',
  title: '12 月新品',
  description: '',
  options: [
    { optionId: 'o1', label: '抹茶', image: '', votes: 1 },
    { optionId: 'o2', label: '南瓜', image: '', votes: 1 },
    { optionId: 'o3', label: '芝麻', image: '', votes: 1 },
  ],
  multiple: false,
  maxChoices: 1,
  minTier: 'explorer',
  openAt: '2026-11-20T00:00:00.000Z',
  closeAt: '2026-11-27T00:00:00.000Z',
  phase: 'open',
  totalVoters: 3,
  myChoices: ['o2'],
  resultsVisible: true,
  voteBlockedReason: '你已经投过票了',
  dealId: null,
  adoptedDealId: null,
  winnerOptionId: null,
  ...over,
})

describe('percentages (whole percents of the ballots)', () => {
  it('always adds up to 100, giving the leftover to the largest remainders', () => {
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33])
    expect(percentages([2, 1])).toEqual([67, 33])
    expect(percentages([1, 1, 1, 1, 1, 1, 1])).toEqual([15, 15, 14, 14, 14, 14, 14])
  })

  it('is exact when it can be', () => {
    expect(percentages([3, 1, 0])).toEqual([75, 25, 0])
  })

  it('is all zero when nobody voted', () => {
    expect(percentages([0, 0])).toEqual([0, 0])
  })

  it('sums to 100 for any non-empty count', () => {
    for (let i = 0; i < 200; i++) {
      const counts = Array.from({ length: 2 + (i % 9) }, (_, k) => (i * 7 + k * 13) % 11)
      if (counts.every((c) => c === 0)) continue
      expect(percentages(counts).reduce((a, b) => a + b, 0)).toBe(100)
    }
  })
})

describe('pollResults (the result bars)', () => {
  it('marks my choice, and no winner while the poll is open', () => {
    const rows = pollResults(poll())
    expect(rows.map((r) => r.percent)).toEqual([34, 33, 33])
    expect(rows.filter((r) => r.mine).map((r) => r.optionId)).toEqual(['o2'])
    expect(rows.some((r) => r.winner)).toBe(false)
  })

  it('marks the winner once closed', () => {
    const rows = pollResults(poll({ phase: 'closed', winnerOptionId: 'o3' }))
    expect(rows.find((r) => r.winner)?.label).toBe('芝麻')
  })

  it('gives a multiple-choice option the share of voters who picked it', () => {
    const rows = pollResults(
      poll({
        multiple: true,
        maxChoices: 2,
        totalVoters: 4,
        options: [
          { optionId: 'o1', label: 'A', image: '', votes: 4 },
          { optionId: 'o2', label: 'B', image: '', votes: 3 },
          { optionId: 'o3', label: 'C', image: '', votes: 1 },
        ],
      }),
    )
    expect(rows.map((r) => r.percent)).toEqual([100, 75, 25])
  })

  it('reads hidden counts as zero', () => {
    const rows = pollResults(poll({ options: [{ optionId: 'o1', label: 'A', image: '', votes: null }], totalVoters: 0 }))
    expect(rows[0]).toMatchObject({ votes: 0, percent: 0 })
  })
})

describe('toggleChoice', () => {
  it('replaces the choice in a single-choice poll', () => {
    expect(toggleChoice(['o1'], 'o2', false, 1)).toEqual({ selected: ['o2'], full: false })
  })

  it('adds and removes in a multiple-choice poll', () => {
    expect(toggleChoice(['o1'], 'o2', true, 2)).toEqual({ selected: ['o1', 'o2'], full: false })
    expect(toggleChoice(['o1', 'o2'], 'o1', true, 2)).toEqual({ selected: ['o2'], full: false })
  })

  it('refuses to go past maxChoices', () => {
    expect(toggleChoice(['o1', 'o2'], 'o3', true, 2)).toEqual({ selected: ['o1', 'o2'], full: true })
  })

  it('hints how many may be chosen', () => {
    expect(choiceHint({ multiple: true, maxChoices: 3 })).toBe('多选 · 最多选 3 项')
    expect(choiceHint({ multiple: false, maxChoices: 1 })).toBe('单选')
  })
})
