import { useCallback, useRef, useState } from 'react'
import type { PostView } from '@shared/api'
import { getPost } from '@/services/community'
import { AppError, toAppError } from '@/services/app-error'
import type { LikeState } from '@/utils/post-like'

export type PostState = { status: 'loading' } | { status: 'ready'; post: PostView } | { status: 'error'; error: AppError }

/** One post, read again quietly on pull-down; its like changed in place. */
export function usePost(postId: string) {
  const [state, setState] = useState<PostState>({ status: 'loading' })
  const generation = useRef(0)

  const load = useCallback(
    async (quiet = false): Promise<AppError | undefined> => {
      const gen = ++generation.current
      if (!quiet) setState({ status: 'loading' })
      try {
        const post = await getPost(postId)
        if (gen === generation.current) setState({ status: 'ready', post })
        return undefined
      } catch (e) {
        const error = toAppError(e)
        if (gen === generation.current) setState((s) => (quiet && s.status === 'ready' ? s : { status: 'error', error }))
        return error
      }
    },
    [postId],
  )

  const applyLike = useCallback((id: string, like: LikeState) => {
    setState((s) => (s.status === 'ready' && s.post.postId === id ? { ...s, post: { ...s.post, ...like } } : s))
  }, [])

  return { state, load, applyLike }
}
