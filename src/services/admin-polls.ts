import type { PollDraft, PollView } from '@shared/api'
import { invoke } from './api-client'

// 投票管理: create, close and adopt polls. Admins only (FORBIDDEN otherwise); the list is community.listPolls.

/** Creates a poll (no id) or edits one nobody has voted in yet. */
export async function savePoll(draft: PollDraft, pollId?: string): Promise<PollView> {
  return (await invoke('admin', 'savePoll', pollId ? { pollId, draft } : { draft })).poll
}

/** Ends the vote now (the counts are recounted from the ballots). */
export async function closePoll(pollId: string): Promise<PollView> {
  return (await invoke('admin', 'closePoll', { pollId })).poll
}

/** 采纳为新品: the winner becomes a draft deal; its voters are credited as contributors. */
export function adoptPoll(pollId: string): Promise<{ dealId: string; contributors: number }> {
  return invoke('admin', 'adoptPoll', { pollId })
}
