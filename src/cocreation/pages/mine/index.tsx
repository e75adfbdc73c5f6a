import { Text, View } from '@tarojs/components'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { useReloadable } from '@/hooks/use-reloadable'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { openProject, openProjects } from '@/routes'
import { myContributions } from '@/services/cocreation'
import { shareText } from '@/utils/cocreation-rewards'
import { MyProject } from './my-project'
import './index.scss'

/** 我的共创: every project I took part in, my contributions and the rewards they earned. */
export default function MyCoCreationPage() {
  const { state, reload } = useReloadable(myContributions)
  useRefreshOnShow(reload)
  const items = state.status === 'ready' ? state.data : []
  const cash = items.reduce((n, p) => n + p.rewards.reduce((m, r) => m + r.cashFen, 0), 0)
  const points = items.reduce((n, p) => n + p.rewards.reduce((m, r) => m + r.points, 0), 0)

  return (
    <PageShell className='my-cocreation'>
      <PageHead title='我的共创' note='你的每一份贡献，都记在产品的故事里' />
      {state.status === 'loading' ? (
        <View className='my-project my-project--skeleton skeleton-block' />
      ) : state.status === 'error' ? (
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => reload()} />
      ) : !items.length ? (
        <StatusView kind='empty' title='还没有参与共创' message='提一个想法、点个赞同，就是你的第一份贡献' actionText='看看共创计划' onAction={openProjects} />
      ) : (
        <View className='my-cocreation__list'>
          <View className='my-cocreation__summary'>
            <Text className='my-cocreation__summary-figure'>{items.length}</Text>
            <Text className='my-cocreation__summary-label'>个共创计划</Text>
            <Text className='my-cocreation__summary-figure'>{shareText(cash, points)}</Text>
            <Text className='my-cocreation__summary-label'>累计奖励</Text>
          </View>
          {items.map((item) => (
            <MyProject key={item.projectId} item={item} onOpen={openProject} />
          ))}
        </View>
      )}
    </PageShell>
  )
}
