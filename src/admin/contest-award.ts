import type { ContestView } from '@shared/api'
import { rewardAmountText } from '@/utils/contest-phase'
import { toggleChoice } from '@/utils/poll-results'

/** 评选 is possible once the contest has ended and until winners are named. */
export const canAward = (c: Pick<ContestView, 'phase'>): boolean => c.phase === 'judging'

/** The winners after tapping an entry: toggled, never more than the contest's places (`full`). */
export function toggleWinner(selected: string[], postId: string, maxWinners: number): { selected: string[]; full: boolean } {
  return toggleChoice(selected, postId, true, maxWinners)
}

/** The line beside 确认评选: how many are chosen out of the places. */
export function awardCountText(count: number, maxWinners: number): string {
  return count ? `已选 ${count}/${maxWinners} 篇` : `请选择获奖作品（最多 ${maxWinners} 篇）`
}

/** What confirming does, said before it is done (it cannot be undone). */
export function awardConfirmText(contest: Pick<ContestView, 'title' | 'reward'>, count: number): string {
  const amount = rewardAmountText(contest.reward)
  return `「${contest.title}」评出 ${count} 篇获奖作品，设为精选${amount ? `，作者各得 ${amount}` : ''}。评选后不能更改。`
}

const ADMIN_ORDER: Record<ContestView['phase'], number> = { judging: 0, open: 1, upcoming: 2, awarded: 3 }

/** The operator's list: contests waiting to be judged first, then open, upcoming and awarded ones (stable within a phase). */
export function adminContestOrder<C extends Pick<ContestView, 'phase'>>(contests: C[]): C[] {
  return [...contests].sort((a, b) => ADMIN_ORDER[a.phase] - ADMIN_ORDER[b.phase])
}
