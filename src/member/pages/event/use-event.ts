import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { useReloadable } from '@/hooks/use-reloadable'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { toAppError } from '@/services/app-error'
import { cancelSignUp, getEvent, signUp } from '@/services/partner'
import { signupResultText } from '@/utils/event-status'

/**
 * One event, read again on show, and the caller signing up or cancelling (with a confirm). A
 * seat taken first is answered before its ticket exists: the page is read once more at once
 * (that read issues it); meanwhile the ticket shows 入场码生成中, and a failed read leaves it so
 * (the next show reads again), never an error.
 */
export function useEvent(eventId: string | undefined) {
  const load = useCallback(() => getEvent(eventId as string), [eventId])
  const { state, reload, update } = useReloadable(eventId ? load : undefined)
  useRefreshOnShow(reload)
  const [busy, setBusy] = useState(false)

  const join = async () => {
    if (!eventId || busy) return
    setBusy(true)
    try {
      const event = await signUp(eventId)
      update(() => event)
      Taro.showToast({ title: signupResultText(event.signup?.status, event.signup?.position ?? 0), icon: 'none', duration: 2500 })
      if (event.signup?.status === 'going' && !event.signup.code) {
        getEvent(eventId).then((shown) => update(() => shown), () => undefined)
      }
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    } finally {
      setBusy(false)
    }
  }

  const cancel = async () => {
    if (!eventId || busy || state.status !== 'ready') return
    const waiting = state.data.signup?.status === 'waitlist'
    const { confirm } = await Taro.showModal({
      title: waiting ? '取消候补？' : '取消报名？',
      content: waiting ? '取消后会失去候补位置，再次报名需要重新排队。' : '名额会让给候补的会员，再次报名需要重新排队。',
      confirmText: '确定取消',
      cancelText: '再想想',
    })
    if (!confirm) return
    setBusy(true)
    try {
      const event = await cancelSignUp(eventId)
      update(() => event)
      Taro.showToast({ title: waiting ? '已取消候补' : '已取消报名', icon: 'none' })
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
      reload(true)
    } finally {
      setBusy(false)
    }
  }

  return { state, reload, busy, join, cancel }
}
