import { Text, View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { ListFooter } from '@/components/list-footer'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { usePagedList } from '@/hooks/use-paged-list'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { openHome, openMyCoCreation, openProject } from '@/routes'
import { listProjects } from '@/services/cocreation'
import { groupProjects } from '@/utils/project-phase'
import { ProjectCard } from './project-card'
import './index.scss'

/** 共创计划: open calls for ideas, projects in the making, launched products. */
export default function ProjectsPage() {
  const list = usePagedList(listProjects)
  useRefreshOnShow(list.reload)
  useReachBottom(() => {
    list.loadMore()
  })

  const { state } = list
  return (
    <PageShell className='projects'>
      <PageHead title='共创计划' note='最好的产品，源于用户的真实生活' />
      <View className='projects__mine' onClick={openMyCoCreation}>
        <Text className='projects__mine-text'>我的共创 · 贡献与奖励</Text>
        <Text className='projects__mine-go'>›</Text>
      </View>
      {state.status === 'idle' || state.status === 'loading' ? (
        <View className='project-card project-card--skeleton skeleton-block' />
      ) : state.status === 'error' && state.error ? (
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => list.reload()} />
      ) : !state.items.length ? (
        <StatusView kind='empty' title='暂时没有共创计划' message='品牌发起新的共创计划时会出现在这里' actionText='去看看拼团' onAction={openHome} />
      ) : (
        <View className='projects__list'>
          {groupProjects(state.items).map((group) => (
            <View key={group.key} className={`projects__group projects__group--${group.key}`}>
              <View className='projects__group-head'>
                <Text className='projects__group-title'>{group.title}</Text>
                <Text className='projects__group-note'>{group.note}</Text>
              </View>
              {group.items.map((p) => (
                <ProjectCard key={p.projectId} project={p} onOpen={openProject} />
              ))}
            </View>
          ))}
          <ListFooter loadingMore={state.loadingMore} hasMore={Boolean(state.cursor)} moreError={state.moreError} onMore={list.loadMore} endText='就这些了' />
        </View>
      )}
    </PageShell>
  )
}
