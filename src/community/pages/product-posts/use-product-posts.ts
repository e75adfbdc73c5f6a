import { useCallback } from 'react'
import type { PostView } from '@shared/api'
import { listProductPosts } from '@/services/community'
import { useFeed } from '@/hooks/use-feed'
import type { LikeState } from '@/utils/post-like'

/** The published 晒单 of one product, newest first, a page at a time; a like changed in place. */
export function useProductPosts(productId: string) {
  const fetchPage = useCallback((cursor?: string) => listProductPosts(productId, cursor), [productId])
  const feed = useFeed<PostView>(fetchPage)
  const { update } = feed
  const applyLike = (postId: string, like: LikeState) => update((p) => (p.postId === postId ? { ...p, ...like } : p))
  return { ...feed, applyLike }
}
