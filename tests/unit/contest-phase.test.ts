import type { ContestView } from '@shared/api'
import { contestJoinState, contestPeriodDetail, contestPeriodText, contestPhaseChip, contestRewardText, contestTimeText } from '@/utils/contest-phase'

const HOUR = 3_600_000
const NOW = Date.parse('2026-11-22T02:00:00Z') // 10:00 in Shanghai

type C = Pick<ContestView, 'phase' | 'startAt' | 'endAt' | 'winners'>
const contest = (over: Partial<C> = {}): C => ({
  phase: 'open',
  startAt: '2026-11-20T02:00:00Z',
  endAt: '2026-11-30T12:00:00Z',
  winners: [],
  ...over,
})

describe('the contest phase chip', () => {
  it.each([
    ['open', '征集中', 'green'],
    ['upcoming', '即将开始', 'amber'],
    ['judging', '评选中', 'berry'],
    ['awarded', '已评选', 'plain'],
  ] as const)('%s reads %s', (phase, label, tone) => {
    expect(contestPhaseChip(phase)).toEqual({ label, tone })
  })
})

describe('the contest period', () => {
  it('shows Shanghai calendar days', () => {
    expect(contestPeriodText(contest())).toBe('11月20日 – 11月30日')
  })

  it('ends on the day before when it ends at midnight', () => {
    expect(contestPeriodText(contest({ endAt: '2026-11-30T16:00:00Z' }))).toBe('11月20日 – 11月30日')
  })

  it('shows one day once when it starts and ends the same day', () => {
    expect(contestPeriodText(contest({ endAt: '2026-11-20T12:00:00Z' }))).toBe('11月20日')
  })

  it('shows the minutes in the rules', () => {
    expect(contestPeriodDetail(contest())).toBe('11月20日 10:00 – 11月30日 20:00')
  })
})

describe('the contest reward', () => {
  it('names growth and points', () => {
    expect(contestRewardText({ growth: 50, points: 200 })).toBe('获奖得 50 成长值 + 200 积分')
  })

  it('leaves out a part that is zero', () => {
    expect(contestRewardText({ growth: 0, points: 100 })).toBe('获奖得 100 积分')
  })

  it('promises only the showcase when there is nothing to earn', () => {
    expect(contestRewardText({ growth: 0, points: 0 })).toBe('获奖作品精选展示')
  })
})

describe('where a contest stands in time', () => {
  it('counts whole days left while open', () => {
    expect(contestTimeText(contest(), NOW)).toBe('还剩 8 天')
  })

  it('counts hours on the last day', () => {
    expect(contestTimeText(contest({ endAt: new Date(NOW + 5.5 * HOUR).toISOString() }), NOW)).toBe('还剩 5 小时')
  })

  it('says it is closing when the server still calls it open after the end', () => {
    expect(contestTimeText(contest({ endAt: new Date(NOW - HOUR).toISOString() }), NOW)).toBe('即将截止')
  })

  it('says when an upcoming contest starts', () => {
    expect(contestTimeText(contest({ phase: 'upcoming', startAt: '2026-11-25T02:00:00Z' }), NOW)).toBe('11月25日 10:00 开始')
  })

  it('counts the winners once awarded', () => {
    const winners = [{ postId: 'p1', nickname: '阿青', avatar: '' }]
    expect(contestTimeText(contest({ phase: 'awarded', winners }), NOW)).toBe('已评出 1 篇获奖作品')
  })
})

describe('the 参加活动 button', () => {
  it('lets one join only while open', () => {
    expect(contestJoinState(contest())).toEqual({ canJoin: true, text: '参加活动' })
  })

  it.each([
    ['upcoming', '未开始'],
    ['judging', '已截止，评选中'],
    ['awarded', '已评选'],
  ] as const)('is off while %s and says %s', (phase, text) => {
    expect(contestJoinState(contest({ phase }))).toMatchObject({ canJoin: false, text, note: expect.any(String) })
  })
})
