import type { PostView } from '@shared/api'
import { listMyPosts } from '@/services/community'
import { useFeed } from '@/hooks/use-feed'
import type { LikeState } from '@/utils/post-like'

const fetchMine = (cursor?: string) => listMyPosts(cursor)

/** My own posts, whatever their status, newest first; one changed or dropped in place. */
export function useMyPosts() {
  const feed = useFeed<PostView>(fetchMine)
  const { update } = feed
  const applyLike = (postId: string, like: LikeState) => update((p) => (p.postId === postId ? { ...p, ...like } : p))
  const drop = (postId: string) => update((p) => (p.postId === postId ? null : p))
  return { ...feed, applyLike, drop }
}
