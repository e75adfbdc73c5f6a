import type { PollView } from '@shared/api'

export interface PollResultRow {
  optionId: string
  label: string
  votes: number
  /** Whole percent. */
  percent: number
  mine: boolean
  winner: boolean
}

/**
 * Whole percentages that add up to exactly 100 (largest remainder; ties go to the
 * earlier option). All zero when nobody voted.
 */
export function percentages(counts: number[]): number[] {
  const total = counts.reduce((sum, n) => sum + n, 0)
  if (total <= 0) return counts.map(() => 0)
  const exact = counts.map((n) => (n * 100) / total)
  const floors = exact.map(Math.floor)
  let left = 100 - floors.reduce((sum, n) => sum + n, 0)
  const order = exact.map((x, i) => ({ i, rest: x - floors[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    floors[i] += 1
    left -= 1
  }
  return floors
}

/**
 * The result bars of a poll. Single choice: each option's share of the ballots (adding up
 * to 100%). Multiple choice: the share of voters who picked it (they need not add up).
 */
export function pollResults(poll: Pick<PollView, 'options' | 'multiple' | 'totalVoters' | 'myChoices' | 'winnerOptionId' | 'phase'>): PollResultRow[] {
  const votes = poll.options.map((o) => o.votes ?? 0)
  const shares = poll.multiple
    ? votes.map((n) => (poll.totalVoters > 0 ? Math.round((n * 100) / poll.totalVoters) : 0))
    : percentages(votes)
  const mine = new Set(poll.myChoices ?? [])
  return poll.options.map((o, i) => ({
    optionId: o.optionId,
    label: o.label,
    votes: votes[i],
    percent: Math.min(100, shares[i]),
    mine: mine.has(o.optionId),
    winner: poll.phase === 'closed' && o.optionId === poll.winnerOptionId,
  }))
}

/**
 * The selection after tapping an option: single choice replaces it; multiple choice toggles
 * it, refusing (`full`) to go past `maxChoices`.
 */
export function toggleChoice(selected: string[], optionId: string, multiple: boolean, maxChoices: number): { selected: string[]; full: boolean } {
  if (!multiple) return { selected: [optionId], full: false }
  if (selected.includes(optionId)) return { selected: selected.filter((id) => id !== optionId), full: false }
  if (selected.length >= maxChoices) return { selected, full: true }
  return { selected: [...selected, optionId], full: false }
}

/** 单选 / 最多选 N 项. */
export function choiceHint(poll: Pick<PollView, 'multiple' | 'maxChoices'>): string {
  return poll.multiple ? `多选 · 最多选 ${poll.maxChoices} 项` : '单选'
}
