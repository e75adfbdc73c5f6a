import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import type { LikeState } from '@/utils/post-like'

/** What happened to a post on one page, for the other pages still open (the feed under a post, say). */
export type PostEvent = { kind: 'liked'; postId: string; like: LikeState } | { kind: 'deleted'; postId: string } | { kind: 'created'; postId: string }

const CHANNEL = 'community:post'

export function announcePost(event: PostEvent): void {
  Taro.eventCenter.trigger(CHANNEL, event)
}

/** Hears every post event while the page is alive. */
export function usePostEvents(listener: (event: PostEvent) => void): void {
  const latest = useRef(listener)
  latest.current = listener
  useEffect(() => {
    const hear = (event: PostEvent) => latest.current(event)
    Taro.eventCenter.on(CHANNEL, hear)
    return () => {
      Taro.eventCenter.off(CHANNEL, hear)
    }
  }, [])
}
