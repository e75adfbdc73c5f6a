import Taro from '@tarojs/taro'
import { useCallback, useRef } from 'react'
import type { PostView } from '@shared/api'
import { toAppError } from '@/services/app-error'
import { likePost } from '@/services/community'
import { flipLike, type LikeState } from '@/utils/post-like'
import { announcePost } from './use-post-events'

/**
 * 点赞 and 取消点赞: the heart changes at once (`apply`), then takes the server's count
 * (and tells the other open pages); a failed call puts it back and says why. A second tap
 * while the first is on its way is ignored.
 */
export function usePostLike(apply: (postId: string, like: LikeState) => void) {
  const applyRef = useRef(apply)
  applyRef.current = apply
  const busy = useRef(new Set<string>())

  return useCallback(async (post: Pick<PostView, 'postId' | 'liked' | 'likes'>) => {
    if (busy.current.has(post.postId)) return
    busy.current.add(post.postId)
    const before = { liked: post.liked, likes: post.likes }
    const next = flipLike(before)
    applyRef.current(post.postId, next)
    try {
      const result = await likePost(post.postId, next.liked)
      const like = { liked: result.liked, likes: result.likes }
      applyRef.current(post.postId, like)
      announcePost({ kind: 'liked', postId: post.postId, like })
    } catch (e) {
      applyRef.current(post.postId, before)
      Taro.showToast({ title: toAppError(e).message, icon: 'none' })
    } finally {
      busy.current.delete(post.postId)
    }
  }, [])
}
