import Taro from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { CheckInCalendar } from '@shared/api'
import { checkIn, checkInCalendar } from '@/services/member'
import { AppError, toAppError } from '@/services/app-error'
import { rewardToast } from '@/utils/check-in-rewards'

export type CheckInState =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | {
      status: 'ready'
      /** This month's calendar: the streak, today's state and the reward table. */
      current: CheckInCalendar
      /** The month on screen (another month when browsing back). */
      shown: CheckInCalendar
      monthLoading: boolean
      checking: boolean
    }

/** The check-in page: this month and the one on screen, and checking in once a day. */
export function useCheckIn() {
  const [state, setState] = useState<CheckInState>({ status: 'loading' })
  const latest = useRef(state)
  latest.current = state

  const load = useCallback(async (quiet = false) => {
    if (!quiet) setState({ status: 'loading' })
    try {
      const current = await checkInCalendar()
      setState({ status: 'ready', current, shown: current, monthLoading: false, checking: false })
    } catch (e) {
      const error = toAppError(e)
      if (quiet && latest.current.status === 'ready') Taro.showToast({ title: error.message, icon: 'none' })
      else setState({ status: 'error', error })
    }
  }, [])

  const showMonth = async (month: string) => {
    const s = latest.current
    if (s.status !== 'ready' || s.monthLoading) return
    if (month === s.current.month) return setState({ ...s, shown: s.current })
    setState({ ...s, monthLoading: true })
    try {
      const shown = await checkInCalendar(month)
      setState((cur) => (cur.status === 'ready' ? { ...cur, shown, monthLoading: false } : cur))
    } catch (e) {
      setState((cur) => (cur.status === 'ready' ? { ...cur, monthLoading: false } : cur))
      Taro.showToast({ title: toAppError(e).message, icon: 'none' })
    }
  }

  const submit = async () => {
    const s = latest.current
    if (s.status !== 'ready' || s.checking || s.current.checkedInToday) return
    setState({ ...s, checking: true })
    try {
      const done = await checkIn()
      Taro.showToast({ title: rewardToast(done.pointsGranted, done.growthGranted), icon: 'success', duration: 2000 })
      await load(true)
    } catch (e) {
      const error = toAppError(e)
      Taro.showToast({ title: error.message, icon: 'none', duration: 2500 })
      if (error.code === 'ALREADY_CHECKED_IN') await load(true)
      else setState((cur) => (cur.status === 'ready' ? { ...cur, checking: false } : cur))
    }
  }

  return { state, load, showMonth, submit }
}
