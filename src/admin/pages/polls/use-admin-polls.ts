import Taro from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { PollView } from '@shared/api'
import { listPolls } from '@/services/community'
import { adoptPoll, closePoll } from '@/services/admin-polls'
import { AppError, toAppError } from '@/services/app-error'
import { sortPolls } from '@/utils/poll-phase'

export type AdminPollsState = { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; polls: PollView[]; busy: string | null }

/** Every poll (open first), and the operator's 结束 and 采纳. */
export function useAdminPolls() {
  const [state, setState] = useState<AdminPollsState>({ status: 'loading' })
  const latest = useRef(state)
  latest.current = state

  const reload = useCallback(async (quiet = false): Promise<AppError | undefined> => {
    if (!quiet) setState({ status: 'loading' })
    try {
      const polls = sortPolls(await listPolls())
      setState({ status: 'ready', polls, busy: null })
      return undefined
    } catch (e) {
      const error = toAppError(e)
      setState((s) => (quiet && s.status === 'ready' ? s : { status: 'error', error }))
      return error
    }
  }, [])

  const run = async (pollId: string, work: () => Promise<string>) => {
    const s = latest.current
    if (s.status !== 'ready' || s.busy) return
    setState({ ...s, busy: pollId })
    try {
      Taro.showToast({ title: await work(), icon: 'none', duration: 2500 })
      await reload(true)
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    } finally {
      setState((cur) => (cur.status === 'ready' ? { ...cur, busy: null } : cur))
    }
  }

  const close = async (poll: PollView) => {
    const { confirm } = await Taro.showModal({ title: '结束投票', content: `「${poll.title}」将立即结束并公布结果，不能再投票。`, confirmText: '结束', confirmColor: '#d9534f' })
    if (confirm) await run(poll.pollId, async () => (await closePoll(poll.pollId), '投票已结束'))
  }

  const adopt = async (poll: PollView, winner: string) => {
    const { confirm } = await Taro.showModal({
      title: '采纳为新品',
      content: `「${winner}」将生成一个新品草稿，投给它的伙伴都记为共创者并获得成长值。`,
      confirmText: '采纳',
      confirmColor: '#2f6b3f',
    })
    if (confirm) await run(poll.pollId, async () => `已生成新品草稿，${(await adoptPoll(poll.pollId)).contributors} 位共创者`)
  }

  return { state, reload, close, adopt }
}
