import { View } from '@tarojs/components'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { useReloadable } from '@/hooks/use-reloadable'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { openHome, openPoll } from '@/routes'
import { listPolls } from '@/services/community'
import { sortPolls } from '@/utils/poll-phase'
import { PollCard } from './poll-card'
import './index.scss'

const sortedPolls = async () => sortPolls(await listPolls())

/** The community's polls, open ones first; refreshed quietly when the page comes back. */
export default function PollsPage() {
  const { state, reload } = useReloadable(sortedPolls)
  useRefreshOnShow(reload)

  return (
    <PageShell className='polls'>
      <PageHead title='社群投票' note='你的一票，决定原野生活的下一款新品' />
      {state.status === 'loading' ? (
        <View className='poll-card poll-card--skeleton skeleton-block' />
      ) : state.status === 'error' ? (
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => reload()} />
      ) : !state.data.length ? (
        <StatusView kind='empty' title='暂时没有投票' message='新品共创投票开始时会出现在这里' actionText='去看看拼团' onAction={openHome} />
      ) : (
        <View className='polls__list'>
          {state.data.map((poll) => (
            <PollCard key={poll.pollId} poll={poll} onOpen={openPoll} />
          ))}
        </View>
      )}
    </PageShell>
  )
}
