import type { CoCreatorApplicationView } from '@shared/api'
import { checkCoCreatorForm, coCreatorStage, toggleTag } from '@/member/pages/co-creator-apply/co-creator-form'

const app = (status: CoCreatorApplicationView['status']): CoCreatorApplicationView => ({
  openid: 'demo-officer',
  nickname: '小禾',
  avatar: '',
  tier: 'officer',
  growth: 168,
  statement: '我想和品牌一起做低糖早餐',
  expertise: ['轻食'],
  status,
  note: '',
  createdAt: '2026-11-22T00:00:00.000Z',
})

describe('checkCoCreatorForm', () => {
  const ok = { statement: '  我在小区群里分享轻食两年了，想一起共创  ', expertise: ['轻食', ' 烘焙 '], agreed: true }

  it('trims and accepts a complete application', () => {
    expect(checkCoCreatorForm(ok)).toEqual({ ok: true, value: { statement: '我在小区群里分享轻食两年了，想一起共创', expertise: ['轻食', '烘焙'] } })
  })

  it('wants a statement of 10 to 500 characters', () => {
    expect(checkCoCreatorForm({ ...ok, statement: '想加入' })).toMatchObject({ ok: false, errors: { statement: expect.stringContaining('至少 10') } })
    expect(checkCoCreatorForm({ ...ok, statement: '好'.repeat(501) })).toMatchObject({ ok: false, errors: { statement: expect.stringContaining('最多 500') } })
  })

  it('wants 1 to 5 fields of expertise', () => {
    expect(checkCoCreatorForm({ ...ok, expertise: [] })).toMatchObject({ ok: false, errors: { expertise: expect.any(String) } })
    expect(checkCoCreatorForm({ ...ok, expertise: ['a', 'b', 'c', 'd', 'e', 'f'] })).toMatchObject({ ok: false })
  })

  it('wants agreement to the charter', () => {
    expect(checkCoCreatorForm({ ...ok, agreed: false })).toMatchObject({ ok: false, errors: { agreed: '请阅读并同意《共创者公约》' } })
  })
})

describe('toggleTag', () => {
  it('adds a new tag and removes a chosen one', () => {
    expect(toggleTag(['轻食'], '咖啡')).toEqual({ tags: ['轻食', '咖啡'], refusal: null })
    expect(toggleTag(['轻食', '咖啡'], '轻食')).toEqual({ tags: ['咖啡'], refusal: null })
  })

  it('refuses an empty, too long or sixth tag', () => {
    expect(toggleTag([], '  ').refusal).toBeTruthy()
    expect(toggleTag([], '一二三四五六七八九十一二三').refusal).toContain('12')
    expect(toggleTag(['a', 'b', 'c', 'd', 'e'], 'f').refusal).toContain('5')
  })
})

describe('coCreatorStage', () => {
  it('shows 探索者 the growth they still need instead of the form', () => {
    expect(coCreatorStage('explorer', null)).toBe('locked')
  })

  it('gives a 体验官 the form, or where their application stands', () => {
    expect(coCreatorStage('officer', null)).toBe('form')
    expect(coCreatorStage('officer', app('pending'))).toBe('pending')
    expect(coCreatorStage('officer', app('rejected'))).toBe('rejected')
    expect(coCreatorStage('officer', app('revoked'))).toBe('revoked')
  })

  it('shows a 共创官 their approval', () => {
    expect(coCreatorStage('cocreator', app('approved'))).toBe('approved')
    expect(coCreatorStage('cocreator', null)).toBe('approved')
  })
})
