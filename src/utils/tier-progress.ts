import type { MeOutput } from '@shared/api'

export interface TierProgress {
  /** How full the bar is, 0..1. */
  ratio: number
  /** Growth against the next threshold, e.g. "68 / 100"; empty when no threshold is left. */
  figure: string
  /** What the member does next, in a sentence. */
  text: string
  /** 体验官 reach 共创官 by applying. */
  canApply: boolean
}

/** The member card's progress towards the next tier. */
export function tierProgress(me: Pick<MeOutput, 'tier' | 'growth' | 'growthToNext' | 'officerThreshold'>): TierProgress {
  if (me.tier === 'explorer') {
    const threshold = Math.max(1, me.officerThreshold)
    return {
      ratio: Math.min(1, Math.max(0, me.growth / threshold)),
      figure: `${me.growth} / ${threshold}`,
      text: me.growthToNext > 0 ? `再得 ${me.growthToNext} 成长值升级体验官` : '成长值已达标，即将升级体验官',
      canApply: false,
    }
  }
  if (me.tier === 'officer') {
    return { ratio: 1, figure: '', text: '体验官可以申请成为共创官，共创新品、分享赚佣金', canApply: true }
  }
  return { ratio: 1, figure: '', text: '你是原野生活共创官：参与新品共创，分享赚 15% 佣金', canApply: false }
}
