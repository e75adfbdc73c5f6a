import type { ContestView } from '@shared/api'
import { formatDate, formatDateTime } from './format'
import type { StatusChip } from './order-status'

const HOUR = 3_600_000
const DAY = 24 * HOUR

const PHASE: Record<ContestView['phase'], StatusChip> = {
  open: { label: '征集中', tone: 'green' },
  upcoming: { label: '即将开始', tone: 'amber' },
  judging: { label: '评选中', tone: 'berry' },
  awarded: { label: '已评选', tone: 'plain' },
}

export const contestPhaseChip = (phase: ContestView['phase']): StatusChip => PHASE[phase] ?? PHASE.awarded

/**
 * The period as calendar days in Shanghai: 11月20日 – 11月30日. A contest ending at
 * midnight ends on the day before (it takes entries until the end of that day).
 */
export function contestPeriodText(contest: Pick<ContestView, 'startAt' | 'endAt'>): string {
  const lastMoment = new Date(Date.parse(contest.endAt) - 1).toISOString()
  const start = formatDate(contest.startAt)
  const end = formatDate(lastMoment)
  return start === end ? start : `${start} – ${end}`
}

/** The period to the minute, for the rules: 11月20日 10:00 – 11月30日 10:00. */
export function contestPeriodDetail(contest: Pick<ContestView, 'startAt' | 'endAt'>): string {
  return `${formatDateTime(contest.startAt)} – ${formatDateTime(contest.endAt)}`
}

/** 50 成长值 + 200 积分; a part that is zero is left out, '' when both are. */
export function rewardAmountText(reward: ContestView['reward']): string {
  return [reward.growth > 0 ? `${reward.growth} 成长值` : '', reward.points > 0 ? `${reward.points} 积分` : ''].filter(Boolean).join(' + ')
}

/** What a winner earns: 获奖得 50 成长值 + 200 积分, or only the showcase. */
export function contestRewardText(reward: ContestView['reward']): string {
  const amount = rewardAmountText(reward)
  return amount ? `获奖得 ${amount}` : '获奖作品精选展示'
}

/**
 * Where the contest stands in time, one short line: 还剩 3 天 while open (the phase comes
 * from the server; `now` only counts down), when it starts, or that it is being judged.
 */
export function contestTimeText(contest: Pick<ContestView, 'phase' | 'startAt' | 'endAt' | 'winners'>, now: number): string {
  switch (contest.phase) {
    case 'upcoming':
      return `${formatDateTime(contest.startAt)} 开始`
    case 'open': {
      const left = Date.parse(contest.endAt) - now
      if (left >= DAY) return `还剩 ${Math.floor(left / DAY)} 天`
      if (left >= HOUR) return `还剩 ${Math.floor(left / HOUR)} 小时`
      return '即将截止'
    }
    case 'judging':
      return '已截止，评选中'
    default:
      return contest.winners.length ? `已评出 ${contest.winners.length} 篇获奖作品` : '已评选'
  }
}

export type JoinState = { canJoin: true; text: string } | { canJoin: false; text: string; note: string }

/** The contest page's bottom button: 参加活动 while open, otherwise why not. */
export function contestJoinState(contest: Pick<ContestView, 'phase' | 'startAt'>): JoinState {
  switch (contest.phase) {
    case 'open':
      return { canJoin: true, text: '参加活动' }
    case 'upcoming':
      return { canJoin: false, text: '未开始', note: `${formatDateTime(contest.startAt)} 开始征集` }
    case 'judging':
      return { canJoin: false, text: '已截止，评选中', note: '获奖作品将在评选后公布' }
    default:
      return { canJoin: false, text: '已评选', note: '感谢参与，看看获奖作品吧' }
  }
}
