import type { ContestDraft, ContestView, ListPostsOutput } from '@shared/api'
import { invoke } from './api-client'

// 征集活动: 晒单 contests with a topic, a period and winners.

/** Open contests first, then upcoming, judging and awarded ones. */
export async function listContests(): Promise<ContestView[]> {
  return (await invoke('community', 'listContests', {})).items
}

export async function getContest(contestId: string): Promise<ContestView> {
  return (await invoke('community', 'getContest', { contestId })).contest
}

/** A contest's published entries, newest or most liked first. */
export function listContestPosts(contestId: string, sort: 'newest' | 'hottest', cursor?: string): Promise<ListPostsOutput> {
  return invoke('community', 'listPosts', cursor ? { contestId, sort, cursor } : { contestId, sort })
}

/** Admins: create a contest (no id) or edit one that has not ended. */
export async function saveContest(draft: ContestDraft, contestId?: string): Promise<ContestView> {
  return (await invoke('admin', 'saveContest', contestId ? { contestId, draft } : { draft })).contest
}

/** Admins: after the end, name the winners (featured and rewarded once). */
export async function awardContest(contestId: string, postIds: string[]): Promise<ContestView> {
  return (await invoke('admin', 'awardContest', { contestId, postIds })).contest
}
