import { tierProgress } from '@/utils/tier-progress'

describe('tierProgress (the member card)', () => {
  it('shows an 探索者 how far they are from 体验官', () => {
    expect(tierProgress({ tier: 'explorer', growth: 40, growthToNext: 60, officerThreshold: 100 })).toEqual({
      ratio: 0.4,
      figure: '40 / 100',
      text: '再得 60 成长值升级体验官',
      canApply: false,
    })
  })

  it('never overfills the bar, and says the upgrade is coming once the threshold is reached', () => {
    const p = tierProgress({ tier: 'explorer', growth: 130, growthToNext: 0, officerThreshold: 100 })
    expect(p.ratio).toBe(1)
    expect(p.text).toBe('成长值已达标，即将升级体验官')
  })

  it('invites a 体验官 to apply for 共创官', () => {
    const p = tierProgress({ tier: 'officer', growth: 168, growthToNext: 0, officerThreshold: 100 })
    expect(p.canApply).toBe(true)
    expect(p.figure).toBe('')
    expect(p.ratio).toBe(1)
  })

  it('tells a 共创官 what the tier gives, with nothing left to apply for', () => {
    const p = tierProgress({ tier: 'cocreator', growth: 860, growthToNext: 0, officerThreshold: 100 })
    expect(p.canApply).toBe(false)
    expect(p.text).toContain('15% 佣金')
  })
})
