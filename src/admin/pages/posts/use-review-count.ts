import { useCallback, useState } from 'react'
import { moderationPosts } from '@/services/admin-posts'

/** How many posts wait in 待审核 (the tab's badge): the first page's count, 100 ("99+") when there are more pages. */
export function useReviewCount() {
  const [count, setCount] = useState(0)
  const refresh = useCallback(async () => {
    try {
      const page = await moderationPosts('review')
      setCount(page.cursor ? 100 : page.items.length)
    } catch {
      // A badge is a hint; the list says the rest.
    }
  }, [])
  return { count, refresh }
}
