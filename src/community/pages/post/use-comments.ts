import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { PostCommentView } from '@shared/api'
import { toAppError } from '@/services/app-error'
import { commentPost, deleteComment, listComments } from '@/services/community'
import { usePagedList } from '@/hooks/use-paged-list'

/** Once per comment draft: a send repeated after a lost answer gives back the same comment. */
const newToken = () => Array.from({ length: 24 }, () => Math.floor(Math.random() * 36).toString(36)).join('')

/**
 * A post's comments, paged (newest first), with mine still held shown to me; writing one
 * (it appears at the top) and deleting mine (or any, for a moderator). `count` is the
 * post's visible comment count as the server last said.
 */
export function useComments(postId: string, initialCount: number) {
  const [count, setCount] = useState(initialCount)
  const [added, setAdded] = useState<PostCommentView[]>([])
  const [pending, setPending] = useState<PostCommentView[]>([])
  const [sending, setSending] = useState(false)
  const token = useRef(newToken())
  const fetchPage = useCallback(
    async (cursor?: string) => {
      const out = await listComments(postId, cursor)
      if (!cursor) {
        setPending(out.pending ?? [])
        setAdded([])
      }
      setCount(out.comments)
      return out
    },
    [postId],
  )
  const list = usePagedList(fetchPage)
  const { reload } = list

  useEffect(() => {
    if (postId) reload()
  }, [postId, reload])

  const listed = new Set(list.state.items.map((c) => c.commentId))
  const items = [...added.filter((c) => !listed.has(c.commentId)), ...pending, ...list.state.items]

  /** Sends the text; true when it was taken (shown, or held for review). */
  const send = async (text: string): Promise<boolean> => {
    if (sending || !text.trim()) return false
    setSending(true)
    try {
      const out = await commentPost(postId, text.trim(), token.current)
      token.current = newToken()
      setCount(out.comments)
      setAdded((list) => [out.comment, ...list])
      if (out.comment.status !== 'published') Taro.showToast({ title: '评论已提交，审核通过后其他人可见', icon: 'none', duration: 2500 })
      return true
    } catch (e) {
      const error = toAppError(e)
      if (error.code === 'CONTENT_REJECTED') await Taro.showModal({ title: '暂时不能发送', content: error.message, showCancel: false, confirmText: '去修改' })
      else Taro.showToast({ title: error.message, icon: 'none', duration: 2500 })
      return false
    } finally {
      setSending(false)
    }
  }

  const remove = async (comment: PostCommentView) => {
    const { confirm } = await Taro.showModal({
      title: '删除评论',
      content: comment.mine ? '删除后大家就看不到这条评论了。确定删除吗？' : `删除${comment.author.nickname}的这条评论？`,
      confirmText: '删除',
      confirmColor: '#d9534f',
      cancelText: '再想想',
    })
    if (!confirm) return
    try {
      setCount(await deleteComment(comment.commentId))
      const keep = (c: PostCommentView) => c.commentId !== comment.commentId
      setAdded((l) => l.filter(keep))
      setPending((l) => l.filter(keep))
      list.update((c) => (keep(c) ? c : null))
      Taro.showToast({ title: '已删除', icon: 'none' })
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    }
  }

  return { list, items, count, sending, send, remove }
}
