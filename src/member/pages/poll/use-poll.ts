import Taro from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { PollView } from '@shared/api'
import { getPoll, vote } from '@/services/community'
import { AppError, toAppError } from '@/services/app-error'
import { toggleChoice } from '@/utils/poll-results'

export type PollState =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; poll: PollView; selected: string[]; voting: boolean }

/** One poll: the options I pick, casting the ballot, and the results after. */
export function usePoll(pollId: string) {
  const [state, setState] = useState<PollState>({ status: 'loading' })
  const latest = useRef(state)
  latest.current = state

  const load = useCallback(
    async (quiet = false): Promise<AppError | undefined> => {
      if (!quiet) setState({ status: 'loading' })
      try {
        const poll = await getPoll(pollId)
        setState((s) => ({ status: 'ready', poll, selected: s.status === 'ready' ? s.selected : [], voting: false }))
        return undefined
      } catch (e) {
        const error = toAppError(e)
        setState((s) => (quiet && s.status === 'ready' ? s : { status: 'error', error }))
        return error
      }
    },
    [pollId],
  )

  const pick = (optionId: string) => {
    const s = latest.current
    if (s.status !== 'ready' || s.voting) return
    const next = toggleChoice(s.selected, optionId, s.poll.multiple, s.poll.maxChoices)
    if (next.full) Taro.showToast({ title: `最多选 ${s.poll.maxChoices} 项`, icon: 'none' })
    setState({ ...s, selected: next.selected })
  }

  const submit = async () => {
    const s = latest.current
    if (s.status !== 'ready' || s.voting) return
    if (!s.selected.length) {
      Taro.showToast({ title: '请先选择选项', icon: 'none' })
      return
    }
    setState({ ...s, voting: true })
    try {
      const poll = await vote(s.poll.pollId, s.selected)
      setState({ status: 'ready', poll, selected: [], voting: false })
      Taro.showToast({ title: '投票成功', icon: 'success' })
    } catch (e) {
      const error = toAppError(e)
      Taro.showToast({ title: error.message, icon: 'none', duration: 2500 })
      // Already voted, closed or not allowed: show the poll as it now stands.
      if (['ALREADY_VOTED', 'POLL_CLOSED', 'FORBIDDEN'].includes(error.code)) await load(true)
      else setState((cur) => (cur.status === 'ready' ? { ...cur, voting: false } : cur))
    }
  }

  return { state, load, pick, submit }
}
