import { View } from '@tarojs/components'
import Taro, { useLoad, usePullDownRefresh, useReachBottom, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { usePostLike } from '@/hooks/use-post-like'
import { openContests, openNewContestPost, openPost } from '@/routes'
import { contestPath } from '@/utils/community-paths'
import { ContestEntries } from './contest-entries'
import { ContestIntro } from './contest-intro'
import { ContestWinners } from './contest-winners'
import { JoinBar } from './join-bar'
import { useContest } from './use-contest'
import { useContestEntries, type EntrySort } from './use-contest-entries'
import './index.scss'

const EMPTY_NOTE = {
  upcoming: '活动开始后，大家的作品会出现在这里',
  open: '带上话题发一篇晒单，做第一个参赛的人',
  judging: '这次活动没有收到作品',
  awarded: '这次活动没有收到作品',
} as const

/** 征集活动: one contest, its rules, its winners once judged, and its entries. */
export default function ContestPage() {
  const contestId = useRouter().params.id ?? ''
  const { state, load } = useContest(contestId)
  const [sort, setSort] = useState<EntrySort>('newest')
  const { lists, applyLike } = useContestEntries(contestId, () => load(true))
  const like = usePostLike(applyLike)
  const active = lists[sort]

  useLoad(() => {
    load()
  })
  // A tab loads when first opened.
  const { status } = active.state
  const { reload } = active
  useEffect(() => {
    if (status === 'idle') reload()
  }, [status, reload])
  usePullDownRefresh(async () => {
    const [error] = await Promise.all([load(true), active.reload(true)])
    Taro.stopPullDownRefresh()
    if (error) Taro.showToast({ title: error.message, icon: 'none' })
  })
  useReachBottom(() => {
    active.loadMore()
  })
  useShareAppMessage(() => ({
    title: state.status === 'ready' ? `征集活动 · ${state.contest.title}` : '征集活动',
    path: contestPath(contestId),
  }))

  if (state.status === 'loading') {
    return (
      <PageShell className='contest'>
        <View className='contest-cover contest-cover--banner contest__skeleton skeleton-block' />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    return (
      <PageShell className='contest'>
        <StatusView kind='error' title={state.error.code === 'NOT_FOUND' ? '活动不存在' : '加载失败'} message={state.error.message} actionText='看看其他活动' onAction={openContests} />
      </PageShell>
    )
  }
  const { contest } = state
  return (
    <PageShell className='contest'>
      <ContestIntro contest={contest} now={Date.now()} />
      {contest.phase === 'awarded' ? <ContestWinners winners={contest.winners} onOpen={openPost} /> : null}
      <ContestEntries
        sort={sort}
        onSort={setSort}
        state={active.state}
        emptyMessage={EMPTY_NOTE[contest.phase]}
        onLike={like}
        onRetry={() => active.reload()}
        onMore={active.loadMore}
      />
      <JoinBar contest={contest} onJoin={() => openNewContestPost(contest.contestId)} />
    </PageShell>
  )
}
