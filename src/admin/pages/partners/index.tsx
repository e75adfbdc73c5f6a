import { Text, View } from '@tarojs/components'
import { AdminError } from '@/admin/components/admin-error'
import { AdminPageHead } from '@/admin/components/admin-page-head'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { useReloadable } from '@/hooks/use-reloadable'
import { openAdminEvents, openAdminPartner } from '@/routes'
import { listPartners } from '@/services/admin-partners'
import { PartnerAdminCard } from './partner-admin-card'
import './index.scss'

/** 合作伙伴: every partner (active first) with staff and perks, and 新建. */
export default function AdminPartnersPage() {
  const { state, reload } = useReloadable(listPartners)
  useRefreshOnShow(reload)
  return (
    <PageShell className='admin-partners'>
      <AdminPageHead title='合作伙伴' note='本地伙伴 · 店员邀请 · 买就送权益' />
      {state.status === 'loading' ? (
        <View className='partner-admin-card partner-admin-card--skeleton skeleton-block' />
      ) : state.status === 'error' ? (
        <AdminError error={state.error} onRetry={() => reload()} />
      ) : (
        <View className='admin-partners__list'>
          <Text className='admin-partners__new' onClick={() => openAdminPartner()}>
            ＋ 新建合作伙伴
          </Text>
          <Text className='admin-partners__events' onClick={openAdminEvents}>
            线下活动 ›
          </Text>
          {state.data.map((p) => (
            <PartnerAdminCard key={p.partnerId} partner={p} onOpen={() => openAdminPartner(p.partnerId)} />
          ))}
          {!state.data.length ? <StatusView kind='empty' title='还没有合作伙伴' message='新建一家瑜伽馆或咖啡馆，邀请店员，再给拼团商品加上「买就送」的权益' /> : null}
        </View>
      )}
    </PageShell>
  )
}
