import type { PollView } from '@shared/api'
import { formatDateTime } from './format'
import type { StatusChip } from './order-status'
import { tierLabel } from './tier'

const PHASE: Record<PollView['phase'], StatusChip> = {
  open: { label: '进行中', tone: 'green' },
  upcoming: { label: '即将开始', tone: 'amber' },
  closed: { label: '已结束', tone: 'plain' },
}

export const pollPhaseChip = (phase: PollView['phase']): StatusChip => PHASE[phase] ?? PHASE.closed

const RANK: Record<PollView['phase'], number> = { open: 0, upcoming: 1, closed: 2 }

/**
 * Open polls first (closing soonest first), then upcoming ones (opening soonest first),
 * then closed ones (most recently closed first).
 */
export function sortPolls<P extends Pick<PollView, 'phase' | 'openAt' | 'closeAt'>>(polls: P[]): P[] {
  const at = (iso: string) => Date.parse(iso) || 0
  return [...polls].sort((a, b) => {
    if (a.phase !== b.phase) return RANK[a.phase] - RANK[b.phase]
    if (a.phase === 'open') return at(a.closeAt) - at(b.closeAt)
    if (a.phase === 'upcoming') return at(a.openAt) - at(b.openAt)
    return at(b.closeAt) - at(a.closeAt)
  })
}

/** When it opens or closes, as a line under the title. */
export function pollTimeText(poll: Pick<PollView, 'phase' | 'openAt' | 'closeAt'>): string {
  if (poll.phase === 'upcoming') return `${formatDateTime(poll.openAt)} 开始`
  if (poll.phase === 'open') return `${formatDateTime(poll.closeAt)} 截止`
  return `${formatDateTime(poll.closeAt)} 结束`
}

/** The caller's own standing in a poll, for the list: voted, may vote, or why not. */
export function myVoteText(poll: Pick<PollView, 'phase' | 'myChoices' | 'voteBlockedReason' | 'minTier'>): { text: string; tone: 'green' | 'action' | 'plain' } {
  if (poll.myChoices && poll.myChoices.length) return { text: '已投票', tone: 'green' }
  if (poll.phase === 'closed') return { text: '未参与', tone: 'plain' }
  if (poll.phase === 'upcoming') return { text: '开始后可投票', tone: 'plain' }
  if (poll.voteBlockedReason) {
    // While open, only the tier keeps a member who has not voted from voting.
    return { text: poll.minTier !== 'explorer' ? `${tierLabel(poll.minTier)}及以上可投` : poll.voteBlockedReason, tone: 'plain' }
  }
  return { text: '去投票', tone: 'action' }
}
