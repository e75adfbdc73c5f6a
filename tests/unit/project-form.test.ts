import type { ProjectDetail } from '@shared/api'
import { DEFAULT_WEIGHTS } from '@shared/domain/cocreation'
import { emptyProjectForm, formToProjectDraft, projectToForm, rulesChanged, type ProjectForm } from '@/admin/project-form'
import { defaultWeights, formToRewardPlan, rowToThreshold, thresholdToRow, weightsToForm } from '@/admin/reward-plan-form'

const NOW = new Date('2026-11-22T02:00:00Z') // 10:00 in Shanghai

const RULES = { scope: '即食能量早餐碗', ownership: '被采纳方案归品牌使用，作者署名', credit: '包装列出共创官昵称', rewards: '500 件分 ¥3,000' }

const filled = (over: Partial<ProjectForm> = {}): ProjectForm => ({
  ...emptyProjectForm(NOW),
  title: '晨光能量碗',
  question: '你理想中的能量早餐',
  cover: 'cloud://demo.bucket/products/bowl.jpg',
  rules: { ...RULES },
  ...over,
})

describe('the project form', () => {
  it('starts with the five phases two weeks apart from today, 5 co-creators, 500 units → ¥3,000 and the default weights', () => {
    const f = emptyProjectForm(NOW)
    expect(f.dates).toEqual({ ideas: '2026-11-22', recruiting: '2026-12-06', proposals: '2026-12-20', trial: '2027-01-03', launched: '2027-01-17' })
    expect(f.maxCoCreators).toBe('5')
    expect(f.thresholds).toEqual([{ metric: 'units', atLeast: '500', poolYuan: '3000', points: '0' }])
    expect(f.weights.idea_adopted).toBe(String(DEFAULT_WEIGHTS.idea_adopted))
  })

  it('becomes a draft: pool in fen, each phase starting at Shanghai midnight, no poll as null', () => {
    const checked = formToProjectDraft(filled())
    expect(checked.ok).toBe(true)
    if (!checked.ok) return
    expect(checked.draft.rewardPlan.thresholds).toEqual([{ metric: 'units', atLeast: 500, poolFen: 300_000, points: 0 }])
    expect(checked.draft.rewardPlan.weights).toEqual(DEFAULT_WEIGHTS)
    expect(checked.draft.timeline.ideas).toBe('2026-11-21T16:00:00.000Z')
    expect(checked.draft.maxCoCreators).toBe(5)
    expect(checked.draft.pollId).toBeNull()
  })

  it('refuses missing rules, a phase dated before the one before it, and co-creator places out of range', () => {
    const f = filled({ cover: '', rules: { ...RULES, ownership: ' ' }, maxCoCreators: '21' })
    f.dates = { ...f.dates, trial: '2026-12-01' }
    const checked = formToProjectDraft(f)
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(Object.keys(checked.errors).sort()).toEqual(['cover', 'maxCoCreators', 'ownership', 'trial'])
  })

  it('round-trips a saved project back into the form and out as the same draft', () => {
    const first = formToProjectDraft(filled({ pollId: 'poll-1', thresholds: [{ metric: 'gmv', atLeast: '50000.5', poolYuan: '8000', points: '200' }] }))
    if (!first.ok) throw new Error('expected a draft')
    const saved = { ...first.draft, projectId: 'p1', rulesVersion: 1, phase: 'draft' } as unknown as ProjectDetail
    const again = formToProjectDraft(projectToForm(saved))
    expect(again).toEqual(first)
  })

  it('notices changed rules only when there were saved ones and a text differs beyond spaces', () => {
    expect(rulesChanged(undefined, RULES)).toBe(false)
    expect(rulesChanged(RULES, { ...RULES, scope: ` ${RULES.scope} ` })).toBe(false)
    expect(rulesChanged(RULES, { ...RULES, credit: '贡献墙展示' })).toBe(true)
  })
})

describe('the reward plan table', () => {
  it('turns yuan into fen digit by digit: GMV threshold and pool', () => {
    expect(rowToThreshold({ metric: 'gmv', atLeast: '1234.56', poolYuan: '0.1', points: '' })).toEqual({ ok: true, threshold: { metric: 'gmv', atLeast: 123_456, poolFen: 10, points: 0 } })
  })

  it('shows a saved threshold back in yuan (GMV) or units', () => {
    expect(thresholdToRow({ metric: 'gmv', atLeast: 123_450, poolFen: 800_000, points: 5 })).toEqual({ metric: 'gmv', atLeast: '1234.5', poolYuan: '8000', points: '5' })
    expect(thresholdToRow({ metric: 'units', atLeast: 2000, poolFen: 0, points: 100 })).toEqual({ metric: 'units', atLeast: '2000', poolYuan: '0', points: '100' })
  })

  it('refuses a threshold with no target, a third decimal, or nothing to pay', () => {
    expect(rowToThreshold({ metric: 'units', atLeast: '', poolYuan: '1', points: '0' }).ok).toBe(false)
    expect(rowToThreshold({ metric: 'units', atLeast: '10', poolYuan: '1.234', points: '0' }).ok).toBe(false)
    expect(rowToThreshold({ metric: 'units', atLeast: '10', poolYuan: '0', points: '0' }).ok).toBe(false)
  })

  it('keys each wrong row by its index and refuses weights that are all zero or not whole numbers', () => {
    const zero = Object.fromEntries(Object.keys(defaultWeights()).map((k) => [k, '0'])) as ReturnType<typeof defaultWeights>
    expect(Object.keys(formToRewardPlan([{ metric: 'units', atLeast: '', poolYuan: '', points: '' }], zero).errors)).toEqual(['threshold-0', 'weights'])
    expect(formToRewardPlan([], { ...defaultWeights(), idea: '1.5' }).errors.weights).toBeDefined()
  })

  it('wants the thresholds in one metric, each higher than the one before', () => {
    const row = (atLeast: string) => ({ metric: 'units' as const, atLeast, poolYuan: '100', points: '0' })
    expect(formToRewardPlan([row('500'), row('2000')], defaultWeights()).errors).toEqual({})
    expect(formToRewardPlan([row('500'), row('500')], defaultWeights()).errors.thresholds).toBeDefined()
    expect(formToRewardPlan([row('500'), { ...row('900'), metric: 'gmv' }], defaultWeights()).errors.thresholds).toBeDefined()
  })

  it('fills a saved plan missing a kind with its default weight', () => {
    expect(weightsToForm({ idea: 9 })).toEqual({ ...defaultWeights(), idea: '9' })
  })
})
