import { Text, View } from '@tarojs/components'
import Taro, { useLoad, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { openPolls } from '@/routes'
import { PollAdopted } from './poll-adopted'
import { PollHead } from './poll-head'
import { PollOptions } from './poll-options'
import { PollResults } from './poll-results'
import { useAdoptedDeal } from './use-adopted-deal'
import { usePoll } from './use-poll'
import { VoteBar } from './vote-bar'
import './index.scss'

export default function PollPage() {
  const pollId = useRouter().params.id ?? ''
  const { state, load, pick, submit } = usePoll(pollId)
  const adopted = useAdoptedDeal(state.status === 'ready' ? state.poll.adoptedDealId : null)

  useLoad(() => {
    load()
  })
  usePullDownRefresh(async () => {
    const error = await load(true)
    Taro.stopPullDownRefresh()
    if (error) Taro.showToast({ title: error.message, icon: 'none' })
  })

  if (state.status === 'loading') {
    return (
      <PageShell className='poll'>
        <View className='poll-head poll-head--loading skeleton-block' />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    return (
      <PageShell className='poll'>
        <StatusView kind='error' title={state.error.code === 'NOT_FOUND' ? '投票不存在' : '加载失败'} message={state.error.message} actionText='看看其他投票' onAction={openPolls} />
      </PageShell>
    )
  }
  const { poll, selected, voting } = state
  const canVote = poll.phase === 'open' && !poll.voteBlockedReason && !poll.myChoices
  return (
    <PageShell className={`poll ${canVote ? 'poll--voting' : ''}`}>
      <PollHead poll={poll} />
      <PollAdopted link={adopted} />
      {poll.voteBlockedReason && !poll.myChoices && poll.phase !== 'closed' ? (
        <Text className='poll__blocked'>{poll.voteBlockedReason}</Text>
      ) : null}
      {poll.resultsVisible ? <PollResults poll={poll} /> : <PollOptions poll={poll} selected={selected} enabled={canVote} onPick={pick} />}
      {poll.myChoices && poll.phase === 'open' ? <Text className='poll__voted'>你已投票 · 下拉刷新查看最新结果</Text> : null}
      {canVote ? <VoteBar poll={poll} count={selected.length} voting={voting} onSubmit={submit} /> : null}
    </PageShell>
  )
}
