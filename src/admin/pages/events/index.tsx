import { Text } from '@tarojs/components'
import { AdminList } from '@/admin/components/admin-list'
import { AdminPageHead } from '@/admin/components/admin-page-head'
import { PageShell } from '@/components/page-shell'
import { usePagedList } from '@/hooks/use-paged-list'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { openEventEdit } from '@/routes'
import { listEvents } from '@/services/partner'
import { EventAdminCard } from './event-admin-card'
import '@/admin/components/admin-card.scss'
import './index.scss'

/** 线下活动: every published event (upcoming first, then past) with seats and phase; 新建活动. */
export default function AdminEventsPage() {
  const list = usePagedList(listEvents)
  useRefreshOnShow((quiet) => list.reload(quiet))
  return (
    <PageShell className='admin-events'>
      <AdminPageHead title='线下活动' note='品牌和合作伙伴的活动 · 报名 · 候补 · 签到' />
      <Text className='admin-events__new' onClick={() => openEventEdit()}>
        ＋ 新建活动
      </Text>
      <AdminList
        list={list}
        empty={{ title: '还没有活动', message: '发起一场原野生活日或和合作伙伴一起办的瑜伽课，会员在「线下活动」报名' }}
        row={(e) => <EventAdminCard key={e.eventId} event={e} onOpen={() => openEventEdit(e.eventId)} />}
      />
    </PageShell>
  )
}
