import { useCallback } from 'react'
import { usePagedList } from '@/hooks/use-paged-list'
import { usePostEvents } from '@/hooks/use-post-events'
import { listContestPosts } from '@/services/contests'
import type { LikeState } from '@/utils/post-like'

export type EntrySort = 'newest' | 'hottest'

/**
 * A contest's entries, newest and most liked, each loaded when its tab is first opened.
 * Likes and deletions made on a post's page show here; a new entry reloads 最新.
 */
export function useContestEntries(contestId: string, onCreated: () => void) {
  const fetchNewest = useCallback((cursor?: string) => listContestPosts(contestId, 'newest', cursor), [contestId])
  const fetchHottest = useCallback((cursor?: string) => listContestPosts(contestId, 'hottest', cursor), [contestId])
  const newest = usePagedList(fetchNewest)
  const hottest = usePagedList(fetchHottest)
  const lists: Record<EntrySort, typeof newest> = { newest, hottest }

  const applyLike = (postId: string, like: LikeState) => {
    for (const list of [newest, hottest]) list.update((p) => (p.postId === postId ? { ...p, ...like } : p))
  }

  usePostEvents((event) => {
    if (event.kind === 'liked') applyLike(event.postId, event.like)
    if (event.kind === 'deleted') for (const list of [newest, hottest]) list.update((p) => (p.postId === event.postId ? null : p))
    if (event.kind === 'created') {
      if (newest.state.status !== 'idle') newest.reload(true)
      hottest.reset()
      onCreated()
    }
  })

  return { lists, applyLike }
}
