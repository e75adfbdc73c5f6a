import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { AdminPostView, ModerationAction } from '@shared/api'
import type { ErrorCode } from '@shared/errors'
import { moderatePost } from '@/services/admin-posts'
import { toAppError } from '@/services/app-error'

export type Moderation = { action: ModerationAction; post: AdminPostView }

const DONE: Record<ModerationAction, string> = { approve: '已发布', hide: '已隐藏', feature: '已设为精选', unfeature: '已取消精选' }

/** Someone else decided first, or the author deleted it: the card on screen is out of date. */
const STALE: ErrorCode[] = ['POST_STATE', 'CONFLICT', 'NOT_FOUND']

export interface ModerationHandlers {
  onDecided: (post: AdminPostView) => void
  onStale: () => void
}

/** The decision being confirmed in the note sheet, and sending it. */
export function useModeration({ onDecided, onStale }: ModerationHandlers) {
  const [moderation, setModeration] = useState<Moderation | null>(null)
  const [busy, setBusy] = useState(false)

  const confirm = async (note: string) => {
    if (!moderation || busy) return
    setBusy(true)
    try {
      const { action, post } = moderation
      onDecided(await moderatePost(post.postId, action, note || undefined, post.status))
      Taro.showToast({ title: action === 'approve' && post.status === 'hidden' ? '已恢复发布' : DONE[action], icon: 'none' })
      setModeration(null)
    } catch (e) {
      const error = toAppError(e)
      Taro.showToast({ title: error.message, icon: 'none', duration: 2500 })
      if (STALE.includes(error.code)) {
        setModeration(null)
        onStale()
      }
    } finally {
      setBusy(false)
    }
  }

  return { moderation, open: setModeration, close: () => !busy && setModeration(null), confirm, busy }
}
