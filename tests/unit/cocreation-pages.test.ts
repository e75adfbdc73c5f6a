import type { IdeaView, ProjectTimeline } from '@shared/api'
import { applyStage } from '@/cocreation/pages/project/apply-status'
import { checkText, checkTrialForm, photosProblem, scoreBarPercent } from '@/utils/cocreation-form'
import { shareText, thresholdCondition, thresholdPool, thresholdProgress, weightShare } from '@/utils/cocreation-rewards'
import { sortIdeas, stableOrder, upvoteRolledBack, upvoteSettled, upvotedNow } from '@/utils/idea-upvote'
import { presaleText } from '@/utils/presale'
import { groupProjects, projectPhaseChip, timelineSteps } from '@/utils/project-phase'

const idea = (ideaId: string, over: Partial<IdeaView> = {}): IdeaView => ({
  ideaId,
  author: { nickname: '小满', avatar: '' },
  text: '加点奇亚籽',
  images: [],
  upvotes: 2,
  upvoted: false,
  adopted: false,
  adoptionNote: '',
  createdAt: '2026-03-01T00:00:00Z',
  ...over,
})

const timeline: ProjectTimeline = {
  ideas: '2026-03-01T00:00:00Z',
  recruiting: '2026-03-15T00:00:00Z',
  proposals: '2026-04-01T00:00:00Z',
  trial: '2026-05-01T00:00:00Z',
  launched: '2026-06-01T00:00:00Z',
}

describe('the project list', () => {
  it('groups projects as 进行中的征集, 共创中, 已上市 in that order, leaving out empty groups', () => {
    const groups = groupProjects([{ group: 'launched' as const }, { group: 'open' as const }, { group: 'open' as const }])
    expect(groups.map((g) => [g.title, g.items.length])).toEqual([
      ['进行中的征集', 2],
      ['已上市', 1],
    ])
  })

  it('names each phase in Chinese, drafts included', () => {
    expect(projectPhaseChip('ideas').label).toBe('需求征集')
    expect(projectPhaseChip('draft').label).toBe('草稿')
  })
})

describe('the timeline', () => {
  it('marks the phases before the one in force done, that one now, and the rest next, each with its date', () => {
    const steps = timelineSteps(timeline, 'proposals')
    expect(steps.map((s) => s.state)).toEqual(['done', 'done', 'now', 'next', 'next'])
    expect(steps[0]).toMatchObject({ label: '需求征集', date: '3月1日' })
  })

  it('marks nothing done for a draft', () => {
    expect(timelineSteps(timeline, 'draft').every((s) => s.state === 'next')).toBe(true)
  })
})

describe('upvoting an idea', () => {
  it('counts the upvote at once, then takes the server count', () => {
    const now = upvotedNow([idea('a'), idea('b')], 'a')
    expect(now[0]).toMatchObject({ upvoted: true, upvotes: 3 })
    expect(now[1]).toMatchObject({ upvoted: false, upvotes: 2 })
    expect(upvoteSettled(now, 'a', 7)[0]).toMatchObject({ upvoted: true, upvotes: 7 })
  })

  it('never counts a second upvote of the same member', () => {
    const once = upvotedNow([idea('a')], 'a')
    expect(upvotedNow(once, 'a')[0].upvotes).toBe(3)
  })

  it('rolls back to how it was when the call fails', () => {
    const before = idea('a')
    expect(upvoteRolledBack(upvotedNow([before], 'a'), before)[0]).toEqual(before)
  })

  it('lists adopted ideas first, then the most upvoted', () => {
    const sorted = sortIdeas([idea('few', { upvotes: 1 }), idea('many', { upvotes: 9 }), idea('adopted', { adopted: true, upvotes: 0 })])
    expect(sorted.map((i) => i.ideaId)).toEqual(['adopted', 'many', 'few'])
  })
})

describe('the order of ideas on screen', () => {
  it('never moves a card when its count changes, and puts new ideas first', () => {
    const first = stableOrder([], [idea('a', { upvotes: 5 }), idea('b', { upvotes: 1 })])
    expect(first.map((i) => i.ideaId)).toEqual(['a', 'b'])
    const shown = first.map((i) => i.ideaId)
    const after = stableOrder(shown, [idea('a', { upvotes: 5 }), idea('b', { upvotes: 9 }), idea('c')])
    expect(after.map((i) => i.ideaId)).toEqual(['c', 'a', 'b'])
  })
})

describe('the trial report form', () => {
  it('asks for every score, enough text, and 会回购', () => {
    const r = checkTrialForm({ scores: { taste: 4 }, text: '好', wouldBuy: null })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.errors.scores).toBe('请给口感、包装、性价比打分')
      expect(r.errors.text).toMatch('至少')
      expect(r.errors.wouldBuy).toBeTruthy()
    }
  })

  it('accepts a complete report, trimmed', () => {
    const r = checkTrialForm({ scores: { taste: 4, texture: 5, packaging: 3, value: 4 }, text: '  甜度刚好，燕麦很香，冲泡后不结块  ', wouldBuy: false })
    expect(r).toEqual({ ok: true, value: { scores: { taste: 4, texture: 5, packaging: 3, value: 4 }, text: '甜度刚好，燕麦很香，冲泡后不结块', wouldBuy: false } })
  })

  it('draws an average of 4.2 as a bar 84% wide', () => {
    expect(scoreBarPercent(4.2)).toBe(84)
    expect(scoreBarPercent(0)).toBe(0)
  })

  it('refuses photos still uploading or failed', () => {
    expect(photosProblem([{ status: 'done' }])).toBeNull()
    expect(photosProblem([{ status: 'uploading' }])).toMatch('上传')
    expect(photosProblem([{ status: 'failed' }])).toMatch('失败')
    expect(checkText(' 短 ', 5, 10, '想法')).toEqual({ ok: false, error: '想法至少 5 个字' })
  })
})

describe('rewards', () => {
  const units = { metric: 'units' as const, atLeast: 500, poolFen: 300000, points: 2000 }
  it('says a threshold and its pool in words', () => {
    expect(thresholdCondition(units)).toBe('售出 500 份')
    expect(thresholdCondition({ metric: 'gmv', atLeast: 3000000 })).toBe('销售额满 ¥30000.00')
    expect(thresholdPool(units)).toBe('奖池 ¥3000.00 + 2000 积分')
    expect(shareText(1250, 30)).toBe('¥12.50 + 30 积分')
  })

  it('measures progress toward a threshold, capped at 100', () => {
    expect(thresholdProgress(units, { units: 250, gmvFen: 0 })).toBe(50)
    expect(thresholdProgress(units, { units: 900, gmvFen: 0 })).toBe(100)
  })

  it("gives the caller's share of the weights", () => {
    expect(weightShare(5, 20)).toBe('25%')
    expect(weightShare(0, 20)).toBeNull()
  })
})

describe('申请成为产品共创官', () => {
  const p = { phase: 'recruiting' as const, isCoCreator: false, application: null }
  it('shows the form to 体验官 and above, a clear word to 探索者', () => {
    expect(applyStage(p, 'officer')).toBe('form')
    expect(applyStage(p, 'explorer')).toBe('locked')
  })

  it('shows where an application stands', () => {
    expect(applyStage({ ...p, application: { status: 'pending' } }, 'officer')).toBe('pending')
    expect(applyStage({ ...p, isCoCreator: true }, 'officer')).toBe('cocreator')
    expect(applyStage({ ...p, phase: 'ideas' }, 'officer')).toBe('none')
  })
})

describe('pre-sale progress', () => {
  it('counts only what the server says was booked', () => {
    const t = presaleText({ endsAt: '2026-06-10T12:00:00Z', minQuantity: 200, bookedQuantity: 50, status: 'open' })
    expect(t).toMatchObject({ state: '预售中', count: '已预订 50 / 目标 200', percent: 25 })
    expect(t.note).toMatch('6月10日 20:00 截止')
    expect(presaleText({ endsAt: '', minQuantity: 200, bookedQuantity: 230, status: 'succeeded' })).toMatchObject({ state: '预售成功', percent: 100 })
  })
})
