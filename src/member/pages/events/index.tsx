import { Text, View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { ListFooter } from '@/components/list-footer'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { usePagedList } from '@/hooks/use-paged-list'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { openEvent, openHome } from '@/routes'
import { listEvents } from '@/services/partner'
import { splitEvents } from '@/utils/event-status'
import { EventCard } from './event-card'
import './index.scss'

/** 线下活动: upcoming events first (soonest first), then past ones. */
export default function EventsPage() {
  const list = usePagedList(listEvents)
  useRefreshOnShow(list.reload)
  useReachBottom(() => {
    list.loadMore()
  })
  const { state } = list
  const { upcoming, past } = splitEvents(state.items)
  return (
    <PageShell className='events'>
      <PageHead title='线下活动' note='和原野生活的合作伙伴一起，线下见' />
      {state.status === 'idle' || state.status === 'loading' ? (
        <View className='event-card event-card--skeleton skeleton-block' />
      ) : state.status === 'error' && state.error ? (
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => list.reload()} />
      ) : !state.items.length ? (
        <StatusView kind='empty' title='暂时没有线下活动' message='品牌和合作门店发起活动时会出现在这里，报名后凭票码到场签到' actionText='去逛逛拼团' onAction={openHome} />
      ) : (
        <View className='events__list'>
          {upcoming.length ? (
            <View className='events__group events__group--upcoming'>
              <Text className='events__group-title'>即将开始</Text>
              {upcoming.map((e) => (
                <EventCard key={e.eventId} event={e} onOpen={openEvent} />
              ))}
            </View>
          ) : (
            <Text className='events__none'>近期没有新活动，敬请期待</Text>
          )}
          {past.length ? (
            <View className='events__group events__group--past'>
              <Text className='events__group-title'>往期活动</Text>
              {past.map((e) => (
                <EventCard key={e.eventId} event={e} onOpen={openEvent} />
              ))}
            </View>
          ) : null}
          <ListFooter loadingMore={state.loadingMore} hasMore={Boolean(state.cursor)} moreError={state.moreError} onMore={list.loadMore} endText='就这些了' />
        </View>
      )}
    </PageShell>
  )
}
