import { Button, Text, View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { useReloadable } from '@/hooks/use-reloadable'
import { rewardCatalogue } from '@/services/rewards'
import { openCheckIn, openCoupons } from '@/routes'
import { CouponTicket } from '../../components/coupon-ticket'
import { useRedeem } from './use-redeem'
import './index.scss'

/** 积分商城: the points a member has and the coupons and samples they buy. */
export default function RewardsPage() {
  const { state, reload } = useReloadable(rewardCatalogue)
  const { redeem, busyId } = useRedeem(() => reload(true))
  useRefreshOnShow(reload)

  return (
    <PageShell className='rewards'>
      <View className='rewards__head'>
        <View className='rewards__points'>
          <Text className='rewards__points-label'>我的积分</Text>
          <Text className='rewards__points-value'>{state.status === 'ready' ? state.data.points : '—'}</Text>
        </View>
        <View className='rewards__links'>
          <Text className='rewards__link rewards__to-coupons' onClick={openCoupons}>
            我的优惠券 ›
          </Text>
          <Text className='rewards__link' onClick={openCheckIn}>
            签到攒积分 ›
          </Text>
        </View>
      </View>
      {state.status === 'loading' ? (
        <View className='coupon-ticket rewards__skeleton skeleton-block' />
      ) : state.status === 'error' ? (
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => reload()} />
      ) : !state.data.items.length ? (
        <StatusView kind='empty' title='兑换品正在上新' message='先攒着积分，过几天再来看看' />
      ) : (
        <View className='rewards__list'>
          {state.data.items.map((r) => (
            <View key={r.rewardId} className='reward-item' data-reward-id={r.rewardId}>
              <CouponTicket coupon={r}>
                <View className='reward-item__cost'>
                  <Text className='reward-item__points'>{r.pointsCost} 积分</Text>
                  <Text className='reward-item__left'>
                    {r.kind === 'perk' ? `剩 ${r.left} 份 · 兑换后在我的卡券到店出示` : `剩 ${r.left} 份 · 领取后 ${r.validDays} 天内有效`}
                  </Text>
                </View>
                <Button
                  className={`reward-item__redeem ${r.blockedReason ? 'reward-item__redeem--off' : ''}`}
                  disabled={Boolean(r.blockedReason) || busyId === r.rewardId || undefined}
                  onClick={() => redeem(r)}
                >
                  {busyId === r.rewardId ? '兑换中…' : (r.blockedReason ?? '兑换')}
                </Button>
              </CouponTicket>
            </View>
          ))}
        </View>
      )}
    </PageShell>
  )
}
