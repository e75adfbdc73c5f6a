import type { PollView } from '@shared/api'
import { invoke } from './api-client'

// 投票: the community's polls on the next product.

/** Open, upcoming (within a week) and closed polls, each with the caller's own ballot. */
export async function listPolls(): Promise<PollView[]> {
  return (await invoke('community', 'listPolls', {})).items
}

export async function getPoll(pollId: string): Promise<PollView> {
  return (await invoke('community', 'getPoll', { pollId })).poll
}

/** Casts the caller's one ballot; the poll comes back with its results. */
export async function vote(pollId: string, optionIds: string[]): Promise<PollView> {
  return (await invoke('community', 'vote', { pollId, optionIds })).poll
}
