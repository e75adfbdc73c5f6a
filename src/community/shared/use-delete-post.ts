import Taro from '@tarojs/taro'
import { useCallback, useRef } from 'react'
import { toAppError } from '@/services/app-error'
import { deletePost } from '@/services/community'
import { announcePost } from '@/hooks/use-post-events'

/** 删除 one of my posts, after asking; `onDeleted` runs once it is gone. */
export function useDeletePost(onDeleted: (postId: string) => void) {
  const onDeletedRef = useRef(onDeleted)
  onDeletedRef.current = onDeleted
  const busy = useRef(false)

  return useCallback(async (postId: string) => {
    if (busy.current) return
    busy.current = true
    try {
      const { confirm } = await Taro.showModal({
        title: '删除晒单',
        content: '删除后大家就看不到这条晒单了，发布它得到的成长值也会收回。确定删除吗？',
        confirmText: '删除',
        confirmColor: '#d9534f',
        cancelText: '再想想',
      })
      if (!confirm) return
      Taro.showLoading({ title: '删除中', mask: true })
      await deletePost(postId)
      Taro.hideLoading()
      Taro.showToast({ title: '已删除', icon: 'none' })
      announcePost({ kind: 'deleted', postId })
      onDeletedRef.current(postId)
    } catch (e) {
      Taro.hideLoading()
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    } finally {
      busy.current = false
    }
  }, [])
}
