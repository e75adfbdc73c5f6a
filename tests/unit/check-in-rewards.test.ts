import { rewardToast, streakText, todayReward, todayRewardIndex } from '@/utils/check-in-rewards'
import { signed } from '@/utils/signed'

const TABLE = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ growth: n, points: n * 10 }))

describe('todayRewardIndex (the highlighted day of the reward table)', () => {
  it('is the first day when there is no streak', () => {
    expect(todayRewardIndex(0, false, 7)).toBe(0)
  })

  it('is the day the next check-in earns while today is still open', () => {
    expect(todayRewardIndex(3, false, 7)).toBe(3)
  })

  it('is the day today earned once checked in', () => {
    expect(todayRewardIndex(3, true, 7)).toBe(2)
  })

  it('cycles after the last day of the table', () => {
    expect(todayRewardIndex(7, true, 7)).toBe(6)
    expect(todayRewardIndex(7, false, 7)).toBe(0)
    expect(todayRewardIndex(16, true, 7)).toBe(1)
  })

  it('has no day in an empty table', () => {
    expect(todayRewardIndex(3, false, 0)).toBe(-1)
    expect(todayReward(3, false, [])).toEqual({ growth: 0, points: 0 })
  })

  it('gives the matching reward', () => {
    expect(todayReward(6, false, TABLE)).toEqual({ growth: 7, points: 70 })
  })
})

describe('check-in texts', () => {
  it('counts the streak', () => {
    expect(streakText(3)).toBe('已连续签到 3 天')
    expect(streakText(0)).toBe('今天开始连续签到')
  })

  it('toasts what a check-in earned', () => {
    expect(rewardToast(5, 2)).toBe('+5 积分 +2 成长值')
    expect(rewardToast(0, 0)).toBe('签到成功')
  })

  it('signs amounts', () => {
    expect(signed(5)).toBe('+5')
    expect(signed(-20)).toBe('-20')
    expect(signed(0)).toBe('0')
  })
})
