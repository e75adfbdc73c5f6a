import { useCallback, useEffect, useState } from 'react'
import type { AdminPostView, ModerationQueue } from '@shared/api'
import { moderationPosts } from '@/services/admin-posts'
import { usePagedList } from '@/hooks/use-paged-list'
import { belongsToQueue } from '@/admin/post-moderation'

/** The posts of one queue (待审核 first), paged; a decided post changes in place or leaves the queue. */
export function useModerationQueue() {
  const [queue, setQueue] = useState<ModerationQueue>('review')
  const fetchPage = useCallback((cursor?: string) => moderationPosts(queue, cursor), [queue])
  const list = usePagedList(fetchPage)
  const { reload, reset } = list

  useEffect(() => {
    reload()
  }, [reload])

  const changeQueue = (next: ModerationQueue) => {
    if (next === queue) return
    reset()
    setQueue(next)
  }

  const decided = (post: AdminPostView) =>
    list.update((item) => (item.postId !== post.postId ? item : belongsToQueue(post, queue) ? post : null))

  return { queue, changeQueue, list, decided }
}
