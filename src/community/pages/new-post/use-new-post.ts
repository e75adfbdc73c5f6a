import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { ContestView, EventDetail, PostableOrderView } from '@shared/api'
import { toAppError } from '@/services/app-error'
import { askForCommentNotice, createPost, postableOrders } from '@/services/community'
import { getContest, listContests } from '@/services/contests'
import { getEvent } from '@/services/partner'
import { announcePost } from '@/hooks/use-post-events'
import { replaceWithMyPosts, replaceWithPost } from '@/routes'
import { draftProblem, POST_IMAGES_MAX } from '@/utils/post-draft'
import { submittedNotice } from '@/utils/post-status'
import { usePhotoUploads } from '@/hooks/use-photo-uploads'

/** Once per draft: sending it again (after a lost answer) gives back the post it made. */
const newClientToken = () => Array.from({ length: 24 }, () => Math.floor(Math.random() * 36).toString(36)).join('')

/**
 * The draft of a 晒单 and sending it; afterwards the post, or 我的晒单 while it is
 * reviewed. Opened from a contest, the post enters it (with its topic) while it is open;
 * opened from an event the member attended, the post is tagged with it.
 */
export function useNewPost(initialOrderId?: string, contestId?: string, eventId?: string) {
  const [text, setText] = useState('')
  const [topic, setTopic] = useState<string | null>(null)
  const [orderId, setOrderId] = useState<string | null>(initialOrderId ?? null)
  const [allowReuse, setAllowReuse] = useState(false)
  const [orders, setOrders] = useState<PostableOrderView[] | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const photos = usePhotoUploads(POST_IMAGES_MAX, { thumbs: true })
  const clientToken = useRef(newClientToken())
  const [contest, setContest] = useState<ContestView | null>(null)
  const entering = contest?.phase === 'open' ? contest : null
  const [event, setEvent] = useState<EventDetail | null>(null)
  const eventTagged = event?.signup?.status === 'attended' ? event : null

  useEffect(() => {
    if (!eventId) return undefined
    let live = true
    getEvent(eventId).then(
      (e) => live && setEvent(e),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [eventId])

  // Written from anywhere else, a topic of an open contest still enters it (the server decides).
  const [openContests, setOpenContests] = useState<ContestView[]>([])
  useEffect(() => {
    if (contestId) return undefined
    let live = true
    listContests().then(
      (items) => live && setOpenContests(items.filter((c) => c.phase === 'open')),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [contestId])

  useEffect(() => {
    if (!contestId) return undefined
    let live = true
    getContest(contestId).then(
      (c) => live && setContest(c),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [contestId])

  useEffect(() => {
    let live = true
    postableOrders().then(
      (items) => {
        if (!live) return
        setOrders(items)
        setOrderId((id) => (id && items.some((o) => o.orderIds.includes(id)) ? id : null))
      },
      () => live && setOrders([]),
    )
    return () => {
      live = false
    }
  }, [])

  const problem = draftProblem({ text, photos: photos.photos })

  const submit = async () => {
    if (submitting) return
    if (problem) {
      Taro.showToast({ title: problem, icon: 'none' })
      return
    }
    setSubmitting(true)
    // Consent to 评论提醒 first, still inside the tap (WeChat refuses it after a network call).
    await askForCommentNotice()
    const order = orders?.find((o) => Boolean(orderId) && o.orderIds.includes(orderId as string))
    try {
      const out = await createPost({
        text: text.trim(),
        images: photos.photos.map((p) => p.fileId as string),
        thumbs: photos.photos.map((p) => p.thumbId ?? (p.fileId as string)),
        orderId: order ? orderId ?? undefined : undefined,
        productId: order?.productId || undefined,
        topic: entering ? entering.topic : topic ?? undefined,
        contestId: entering?.contestId,
        eventId: eventTagged?.eventId,
        allowReuse,
        clientToken: clientToken.current,
      })
      announcePost({ kind: 'created', postId: out.postId })
      const notice = submittedNotice(out.status)
      if (!notice) {
        Taro.showToast({ title: '发布成功', icon: 'success' })
        replaceWithPost(out.postId)
        return
      }
      // WeChat allows at most 4 characters on a modal's button.
      await Taro.showModal({ title: '晒单已提交', content: notice, showCancel: false, confirmText: '查看晒单' })
      replaceWithMyPosts()
    } catch (e) {
      const error = toAppError(e)
      if (error.code === 'CONTENT_REJECTED') {
        await Taro.showModal({ title: '暂时不能发布', content: error.message, showCancel: false, confirmText: '去修改' })
      } else {
        Taro.showToast({ title: error.message, icon: 'none', duration: 2500 })
      }
      setSubmitting(false)
    }
  }

  return { contest, entering, openContests, event, eventTagged, text, setText, topic, setTopic, orderId, setOrderId, allowReuse, setAllowReuse, orders, photos, problem, submitting, submit }
}
