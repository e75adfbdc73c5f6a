import { Text, View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { ListFooter } from '@/components/list-footer'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { Tabs } from '@/components/tabs'
import { openHome, openVoucher } from '@/routes'
import { voucherEmptyText, voucherTabItems } from '@/utils/voucher-status'
import { useVoucherList } from './use-voucher-list'
import { VoucherCard } from './voucher-card'
import './index.scss'

/** 我的卡券: vouchers partners honour, by 未使用 / 已使用 / 已过期. */
export default function VouchersPage() {
  const { tab, changeTab, counts, issuing, list } = useVoucherList()
  useReachBottom(() => {
    list.loadMore()
  })
  const { state } = list
  const now = Date.now()
  const empty = voucherEmptyText(tab)
  return (
    <PageShell className='vouchers'>
      <Tabs className='vouchers__tabs' sticky items={voucherTabItems(counts)} value={tab} onChange={changeTab} />
      {issuing > 0 && tab === 'active' ? (
        <View className='vouchers__issuing'>
          <Text>{issuing} 张积分兑换的卡券发放中，稍后刷新即可看到</Text>
        </View>
      ) : null}
      {state.status === 'idle' || state.status === 'loading' ? (
        <View className='voucher-card voucher-card--skeleton skeleton-block' />
      ) : state.status === 'error' && state.error ? (
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => list.reload()} />
      ) : !state.items.length ? (
        <StatusView kind='empty' title={empty.title} message={empty.message} actionText={tab === 'active' ? '去逛逛拼团' : undefined} onAction={openHome} />
      ) : (
        <View className='vouchers__list'>
          {state.items.map((v) => (
            <VoucherCard key={v.voucherId} voucher={v} now={now} onOpen={openVoucher} />
          ))}
          <ListFooter loadingMore={state.loadingMore} hasMore={Boolean(state.cursor)} moreError={state.moreError} onMore={list.loadMore} endText='就这些了' />
        </View>
      )}
    </PageShell>
  )
}
