export interface Reward {
  growth: number
  points: number
}

/**
 * Which row of the cycling reward table is today's: the row of today's check-in when it is
 * done, else the row the next check-in (streak + 1) earns. `streak` is the streak still alive.
 */
export function todayRewardIndex(streak: number, checkedInToday: boolean, tableLength: number): number {
  if (tableLength <= 0) return -1
  const day = checkedInToday ? Math.max(1, streak) : streak + 1
  return (day - 1) % tableLength
}

/** What today's check-in gives (or gave). */
export function todayReward(streak: number, checkedInToday: boolean, table: Reward[]): Reward {
  const index = todayRewardIndex(streak, checkedInToday, table.length)
  return index < 0 ? { growth: 0, points: 0 } : table[index]
}

/** 已连续签到 3 天, or an invitation to start. */
export function streakText(streak: number): string {
  return streak > 0 ? `已连续签到 ${streak} 天` : '今天开始连续签到'
}

/** The toast after checking in: "+5 积分 +2 成长值". */
export function rewardToast(points: number, growth: number): string {
  return [points ? `+${points} 积分` : '', growth ? `+${growth} 成长值` : ''].filter(Boolean).join(' ') || '签到成功'
}
