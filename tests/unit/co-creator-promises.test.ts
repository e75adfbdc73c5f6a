import { CO_CREATOR_PROMISES } from '@/member/pages/co-creator-apply/co-creator-promises'

describe('the co-creator application promises what exists', () => {
  const text = CO_CREATOR_PROMISES.map((p) => `${p.title} ${p.text}`).join('\n')

  it('does not promise what members cannot do: starting polls (the brand does), samples or recipe advice outside a project', () => {
    expect(text).not.toMatch(/发起(和参与)?投票|试吃样品、|给配方提建议/)
    expect(text).toContain('品牌发起的新品投票')
  })

  it('names what co-creation projects offer: ideas, proposals, 内测 reports, rewards; and the code and commission', () => {
    for (const what of ['共创计划', '想法', '方案', '内测', '报告', '奖励', '分销码', '佣金']) expect(text).toContain(what)
  })
})
