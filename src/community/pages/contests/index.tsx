import { View } from '@tarojs/components'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { useReloadable } from '@/hooks/use-reloadable'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { openContest, openFeed } from '@/routes'
import { listContests } from '@/services/contests'
import { ContestCard } from './contest-card'
import './index.scss'

/** 征集活动: the brand's 晒单 contests, open ones first (the server's order); refreshed quietly when the page comes back. */
export default function ContestsPage() {
  const { state, reload } = useReloadable(listContests)
  useRefreshOnShow(reload)

  const now = Date.now()
  return (
    <PageShell className='contests'>
      <PageHead title='征集活动' note='按主题晒单，获奖赢成长值和积分' />
      {state.status === 'loading' ? (
        <View className='contest-card contest-card--skeleton skeleton-block' />
      ) : state.status === 'error' ? (
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => reload()} />
      ) : !state.data.length ? (
        <StatusView kind='empty' title='暂时没有征集活动' message='新的主题征集开始时会出现在这里，先去看看大家的晒单吧' actionText='去社区看看' onAction={openFeed} />
      ) : (
        <View className='contests__list'>
          {state.data.map((c) => (
            <ContestCard key={c.contestId} contest={c} now={now} onOpen={openContest} />
          ))}
        </View>
      )}
    </PageShell>
  )
}
