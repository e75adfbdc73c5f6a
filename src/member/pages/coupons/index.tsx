import { Text, View } from '@tarojs/components'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CouponTab, CouponView } from '@shared/api'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { Tabs } from '@/components/tabs'
import { Tag } from '@/components/tag'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { useReloadable } from '@/hooks/use-reloadable'
import { myCoupons } from '@/services/rewards'
import { openDeal, openHome, openRewards } from '@/routes'
import { expiryText, voucherTabItems } from '@/utils/voucher-status'
import { CouponTicket } from '../../components/coupon-ticket'
import './index.scss'

const EMPTY: Record<CouponTab, { title: string; message: string }> = {
  active: { title: '还没有可用的优惠券', message: '积分可以在积分商城兑换优惠券和免费试吃' },
  used: { title: '还没有用过优惠券', message: '下单时会自动选上最划算的一张' },
  expired: { title: '没有过期的优惠券', message: '' },
}

/** 我的优惠券: 未使用 (also one held by an unpaid order), 已使用, 已过期. */
export default function CouponsPage() {
  const [tab, setTab] = useState<CouponTab>('active')
  const load = useCallback(() => myCoupons(tab), [tab])
  const { state, reload } = useReloadable(load)
  useRefreshOnShow(reload)
  // A new tab reads its coupons; the first tab is read when the page shows.
  const mounted = useRef(false)
  useEffect(() => {
    if (mounted.current) reload()
    mounted.current = true
  }, [reload])
  const counts = state.status === 'ready' ? state.data.counts : null
  return (
    <PageShell className='coupons'>
      <Tabs className='coupons__tabs' sticky items={voucherTabItems(counts)} value={tab} onChange={setTab} />
      {state.status === 'loading' ? (
        <View className='coupons__list'>
          <View className='coupon-ticket coupons__skeleton skeleton-block' />
        </View>
      ) : state.status === 'error' ? (
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => reload()} />
      ) : !state.data.items.length ? (
        <StatusView kind='empty' title={EMPTY[tab].title} message={EMPTY[tab].message} actionText={tab === 'active' ? '去积分商城' : undefined} onAction={openRewards} />
      ) : (
        <View className='coupons__list'>
          {state.data.items.map((c) => (
            <View key={c.couponId} className={`coupon-item coupon-item--${c.status}`} data-coupon-id={c.couponId}>
              <CouponTicket coupon={c} spent={c.status === 'used' || c.status === 'expired'}>
                <CouponFoot coupon={c} />
              </CouponTicket>
            </View>
          ))}
        </View>
      )}
    </PageShell>
  )
}

function CouponFoot({ coupon: c }: { coupon: CouponView }) {
  const until = <Text className='coupon-item__expiry'>有效期至 {expiryText(c.expiresAt)}</Text>
  if (c.status === 'used') return <>{until}<Tag tone='plain'>已使用</Tag></>
  if (c.status === 'expired') return <>{until}<Tag tone='plain'>已过期</Tag></>
  if (c.status === 'locked') return <>{until}<Tag tone='amber'>待付款订单占用</Tag></>
  return (
    <>
      {until}
      <Text className='coupon-item__use' onClick={() => (c.dealId ? openDeal(c.dealId) : openHome())}>
        去使用 ›
      </Text>
    </>
  )
}
