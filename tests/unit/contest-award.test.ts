import { adminContestOrder, awardConfirmText, awardCountText, canAward, toggleWinner } from '@/admin/contest-award'

describe('choosing contest winners', () => {
  it('only once the contest is being judged', () => {
    expect(['upcoming', 'open', 'judging', 'awarded'].filter((phase) => canAward({ phase: phase as never }))).toEqual(['judging'])
  })

  it('toggles an entry on and off', () => {
    const on = toggleWinner([], 'p1', 3)
    expect(on).toEqual({ selected: ['p1'], full: false })
    expect(toggleWinner(on.selected, 'p1', 3)).toEqual({ selected: [], full: false })
  })

  it('never chooses more winners than the contest has places', () => {
    expect(toggleWinner(['p1', 'p2'], 'p3', 2)).toEqual({ selected: ['p1', 'p2'], full: true })
  })

  it('says how many are chosen', () => {
    expect(awardCountText(0, 3)).toBe('请选择获奖作品（最多 3 篇）')
    expect(awardCountText(2, 3)).toBe('已选 2/3 篇')
  })

  it('warns what confirming does, with the reward', () => {
    expect(awardConfirmText({ title: '露营野餐季', reward: { growth: 50, points: 200 } }, 1)).toBe(
      '「露营野餐季」评出 1 篇获奖作品，设为精选，作者各得 50 成长值 + 200 积分。评选后不能更改。',
    )
    expect(awardConfirmText({ title: '露营野餐季', reward: { growth: 0, points: 0 } }, 1)).toBe('「露营野餐季」评出 1 篇获奖作品，设为精选。评选后不能更改。')
  })
})

describe('the operator\'s contest list', () => {
  it('puts contests waiting to be judged first, then open, upcoming and awarded ones', () => {
    const list = [
      { id: 'a1', phase: 'awarded' as const },
      { id: 'o1', phase: 'open' as const },
      { id: 'j1', phase: 'judging' as const },
      { id: 'u1', phase: 'upcoming' as const },
      { id: 'o2', phase: 'open' as const },
    ]
    expect(adminContestOrder(list).map((c) => c.id)).toEqual(['j1', 'o1', 'o2', 'u1', 'a1'])
  })
})
