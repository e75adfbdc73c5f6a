import { useCallback, useState } from 'react'
import type { PostSort, PostView } from '@shared/api'
import { listPosts } from '@/services/community'
import { usePagedList } from '@/hooks/use-paged-list'
import { usePostEvents } from '@/hooks/use-post-events'
import { withLike, type LikeState } from '@/utils/post-like'

const fetchHottest = (cursor?: string) => listPosts('hottest', cursor)
const fetchFeatured = (cursor?: string) => listPosts('featured', cursor)

/**
 * The three feeds (最新, 最热, 精选), each loaded when its tab is first opened, and on
 * 最新 the caller's own posts still in review (`pending`). Likes, deletions and new
 * posts made on other pages show here without reloading what was scrolled through.
 */
export function usePostFeed() {
  const [pending, setPending] = useState<PostView[]>([])
  const fetchNewest = useCallback(async (cursor?: string) => {
    const page = await listPosts('newest', cursor)
    if (!cursor) setPending(page.pending ?? [])
    return page
  }, [])
  const newest = usePagedList(fetchNewest)
  const hottest = usePagedList(fetchHottest)
  const featured = usePagedList(fetchFeatured)
  const lists: Record<PostSort, typeof newest> = { newest, hottest, featured }
  const all = [newest, hottest, featured]

  /** One post's like, wherever it shows. */
  const applyLike = (postId: string, like: LikeState) => {
    for (const list of all) list.update((p) => (p.postId === postId ? { ...p, ...like } : p))
    setPending((ps) => withLike(ps, postId, like))
  }

  usePostEvents((event) => {
    if (event.kind === 'liked') applyLike(event.postId, event.like)
    if (event.kind === 'deleted') {
      for (const list of all) list.update((p) => (p.postId === event.postId ? null : p))
      setPending((ps) => ps.filter((p) => p.postId !== event.postId))
    }
    if (event.kind === 'created' && newest.state.status !== 'idle') newest.reload(true)
  })

  return { lists, pending, applyLike }
}
