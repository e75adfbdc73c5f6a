import { useCallback } from 'react'
import { useReloadable } from '@/hooks/use-reloadable'
import { getPost } from '@/services/community'
import type { LikeState } from '@/utils/post-like'

/** One post, read again quietly on pull-down; its like changed in place. */
export function usePost(postId: string) {
  const { state, reload, update } = useReloadable(useCallback(() => getPost(postId), [postId]))

  const applyLike = useCallback(
    (id: string, like: LikeState) => update((post) => (post.postId === id ? { ...post, ...like } : post)),
    [update],
  )

  return { state, load: reload, applyLike }
}
