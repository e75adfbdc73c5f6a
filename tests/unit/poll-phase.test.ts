import type { PollView } from '@shared/api'
import { myVoteText, pollPhaseChip, pollTimeText, sortPolls } from '@/utils/poll-phase'

type P = Pick<PollView, 'pollId' | 'phase' | 'openAt' | 'closeAt'>
const p = (pollId: string, phase: PollView['phase'], openAt: string, closeAt: string): P => ({ pollId, phase, openAt, closeAt })

describe('sortPolls (the poll list)', () => {
  it('puts open polls first (closing soonest first), then upcoming (opening soonest first), then closed (latest first)', () => {
    const sorted = sortPolls([
      p('closed-old', 'closed', '2026-11-01T00:00:00Z', '2026-11-05T00:00:00Z'),
      p('upcoming-late', 'upcoming', '2026-11-28T00:00:00Z', '2026-12-05T00:00:00Z'),
      p('open-late', 'open', '2026-11-20T00:00:00Z', '2026-11-30T00:00:00Z'),
      p('closed-new', 'closed', '2026-11-10T00:00:00Z', '2026-11-20T00:00:00Z'),
      p('upcoming-soon', 'upcoming', '2026-11-24T00:00:00Z', '2026-12-01T00:00:00Z'),
      p('open-soon', 'open', '2026-11-19T00:00:00Z', '2026-11-25T00:00:00Z'),
    ])
    expect(sorted.map((x) => x.pollId)).toEqual(['open-soon', 'open-late', 'upcoming-soon', 'upcoming-late', 'closed-new', 'closed-old'])
  })

  it('leaves the input alone', () => {
    const input = [p('b', 'closed', '', ''), p('a', 'open', '', '')]
    sortPolls(input)
    expect(input[0].pollId).toBe('b')
  })
})

describe('poll chips and lines', () => {
  it.each([
    ['open', '进行中', 'green'],
    ['upcoming', '即将开始', 'amber'],
    ['closed', '已结束', 'plain'],
  ] as const)('names phase %s %s', (phase, label, tone) => {
    expect(pollPhaseChip(phase)).toEqual({ label, tone })
  })

  it('says when a poll opens or closes, in Shanghai time', () => {
    expect(pollTimeText({ phase: 'open', openAt: '2026-11-20T00:00:00Z', closeAt: '2026-11-27T12:00:00Z' })).toBe('11月27日 20:00 截止')
    expect(pollTimeText({ phase: 'upcoming', openAt: '2026-11-24T02:00:00Z', closeAt: '2026-12-01T00:00:00Z' })).toBe('11月24日 10:00 开始')
  })

  it('tells me where I stand', () => {
    const base = { phase: 'open' as const, myChoices: null, voteBlockedReason: null, minTier: 'explorer' as const }
    expect(myVoteText(base)).toEqual({ text: '去投票', tone: 'action' })
    expect(myVoteText({ ...base, myChoices: ['o1'], voteBlockedReason: '你已经投过票了' }).text).toBe('已投票')
    expect(myVoteText({ ...base, minTier: 'officer', voteBlockedReason: '这个投票仅限体验官及以上参与' }).text).toBe('体验官及以上可投')
    expect(myVoteText({ ...base, phase: 'closed', voteBlockedReason: '投票已结束' }).text).toBe('未参与')
    expect(myVoteText({ ...base, phase: 'upcoming', voteBlockedReason: '投票还没开始' }).text).toBe('开始后可投票')
  })
})
