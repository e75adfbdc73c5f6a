import { useEffect, useState } from 'react'
import type { PostView } from '@shared/api'
import { listPosts, listProductPosts } from '@/services/community'

export interface MorePostsState {
  posts: PostView[]
  /** They show the same product (同款晒单), not just the newest (更多晒单). */
  sameProduct: boolean
}

/** Under a post: others of the same product, else the newest ones; never the post itself. */
export function useMorePosts(postId: string, productId: string | null, count = 3): MorePostsState {
  const [state, setState] = useState<MorePostsState>({ posts: [], sameProduct: false })
  useEffect(() => {
    let live = true
    const others = (items: PostView[]) => items.filter((p) => p.postId !== postId).slice(0, count)
    const read = async (): Promise<MorePostsState> => {
      if (productId) {
        const same = others((await listProductPosts(productId)).items)
        if (same.length) return { posts: same, sameProduct: true }
      }
      return { posts: others((await listPosts('newest')).items), sameProduct: false }
    }
    read().then(
      (next) => live && setState(next),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [postId, productId, count])
  return state
}
