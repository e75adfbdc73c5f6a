import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ContestView } from '@shared/api'
import { awardConfirmText, toggleWinner } from '@/admin/contest-award'
import { usePagedList } from '@/hooks/use-paged-list'
import { toAppError } from '@/services/app-error'
import { awardContest, listContestPosts } from '@/services/contests'

/** 评选: a judging contest's entries, most liked first; the winners ticked (up to its places), then awarded once. */
export function useJudging(contest: ContestView, onAwarded: (contest: ContestView) => void) {
  const { contestId, maxWinners } = contest
  const fetchPage = useCallback((cursor?: string) => listContestPosts(contestId, 'hottest', cursor), [contestId])
  const entries = usePagedList(fetchPage)
  const [selected, setSelected] = useState<string[]>([])
  const [awarding, setAwarding] = useState(false)
  const latest = useRef(selected)
  latest.current = selected

  const { reload } = entries
  useEffect(() => {
    reload()
  }, [reload])

  const toggle = (postId: string) => {
    if (awarding) return
    const next = toggleWinner(latest.current, postId, maxWinners)
    if (next.full) Taro.showToast({ title: `最多评选 ${maxWinners} 篇`, icon: 'none' })
    setSelected(next.selected)
  }

  const award = async () => {
    const postIds = latest.current
    if (awarding || !postIds.length) return
    const { confirm } = await Taro.showModal({ title: '确认评选', content: awardConfirmText(contest, postIds.length), confirmText: '确认评选', confirmColor: '#b97a1f' })
    if (!confirm) return
    setAwarding(true)
    try {
      const awarded = await awardContest(contestId, postIds)
      Taro.showToast({ title: '评选完成', icon: 'success' })
      onAwarded(awarded)
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
      setAwarding(false)
    }
  }

  return { entries, selected, awarding, toggle, award }
}
