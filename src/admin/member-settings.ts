import type { MemberSettings } from '@shared/api'
import { parseCount } from '@/utils/parse-count'

/** The growth settings as typed: the 体验官 threshold and one row per check-in day. */
export interface MemberSettingsForm {
  officerThreshold: string
  rewards: { growth: string; points: string }[]
}

export interface MemberSettingsErrors {
  officerThreshold?: string
  /** By row index. */
  rewards?: Record<number, string>
  table?: string
}

export const REWARD_DAYS_MAX = 31

export function memberSettingsToForm(s: MemberSettings): MemberSettingsForm {
  return {
    officerThreshold: String(s.officerThreshold),
    rewards: s.checkinRewards.map((r) => ({ growth: String(r.growth), points: String(r.points) })),
  }
}

/** The form as settings (the cloud's ranges), or a Chinese message for what is wrong. */
export function formToMemberSettings(f: MemberSettingsForm): { ok: true; settings: MemberSettings } | { ok: false; errors: MemberSettingsErrors } {
  const errors: MemberSettingsErrors = {}
  const officerThreshold = parseCount(f.officerThreshold, 1, 100_000)
  if (officerThreshold === null) errors.officerThreshold = '体验官门槛需是 1–100000 的整数'
  if (!f.rewards.length) errors.table = '至少保留 1 天的签到奖励'
  else if (f.rewards.length > REWARD_DAYS_MAX) errors.table = `签到奖励最多 ${REWARD_DAYS_MAX} 天`
  const rows: Record<number, string> = {}
  const checkinRewards = f.rewards.map((r, i) => {
    const growth = parseCount(r.growth, 0, 1000)
    const points = parseCount(r.points, 0, 10_000)
    if (growth === null || points === null) rows[i] = '成长值 0–1000、积分 0–10000 的整数'
    return { growth: growth ?? 0, points: points ?? 0 }
  })
  if (Object.keys(rows).length) errors.rewards = rows
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, settings: { officerThreshold: officerThreshold as number, checkinRewards } }
}
