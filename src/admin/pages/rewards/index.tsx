import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { AdminRewardView, RewardInput } from '@shared/api'
import { AdminError } from '@/admin/components/admin-error'
import { AdminPageHead } from '@/admin/components/admin-page-head'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { Tag } from '@/components/tag'
import { useReloadable } from '@/hooks/use-reloadable'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { toAppError } from '@/services/app-error'
import { listRewards, saveReward } from '@/services/rewards'
import { couponFace, couponScope } from '@/utils/coupons'
import { NEW_REWARD, rewardToForm, type RewardForm } from '@/utils/reward-form'
import { RewardSheet } from './reward-sheet'
import './index.scss'

/** 品牌管理 → 积分商城: the rewards members buy with points (active first), 新建 and 编辑. */
export default function AdminRewardsPage() {
  const { state, reload } = useReloadable(listRewards)
  useRefreshOnShow(reload)
  const [editing, setEditing] = useState<{ form: RewardForm; redeemed: number } | null>(null)
  const save = async (input: RewardInput) => {
    try {
      await saveReward(input)
      Taro.showToast({ title: '已保存', icon: 'success' })
      await reload(true)
      return true
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
      return false
    }
  }
  return (
    <PageShell className='admin-rewards'>
      <AdminPageHead title='积分商城' note='会员用积分兑换优惠券和免费试吃' />
      {state.status === 'loading' ? (
        <View className='admin-reward admin-reward--skeleton skeleton-block' />
      ) : state.status === 'error' ? (
        <AdminError error={state.error} onRetry={() => reload()} />
      ) : (
        <View className='admin-rewards__list'>
          <Text className='admin-rewards__new' onClick={() => setEditing({ form: NEW_REWARD, redeemed: 0 })}>
            ＋ 新建兑换品
          </Text>
          {state.data.map((r) => (
            <RewardRow key={r.rewardId} reward={r} onEdit={() => setEditing({ form: rewardToForm(r), redeemed: r.redeemed })} />
          ))}
          {!state.data.length ? <StatusView kind='empty' title='还没有兑换品' message='新建一张满减券或一份免费试吃，会员就能用积分兑换' /> : null}
        </View>
      )}
      {editing ? <RewardSheet initial={editing.form} redeemed={editing.redeemed} onSave={save} onCancel={() => setEditing(null)} /> : null}
    </PageShell>
  )
}

function RewardRow({ reward: r, onEdit }: { reward: AdminRewardView; onEdit: () => void }) {
  const face = couponFace(r)
  return (
    <View className='admin-reward' data-reward-id={r.rewardId} onClick={onEdit}>
      <View className='admin-reward__top'>
        <Text className='admin-reward__title'>{r.title}</Text>
        <Tag tone={r.active ? 'green' : 'plain'}>{r.active ? '上架中' : '已下架'}</Tag>
      </View>
      <Text className='admin-reward__line'>
        {face.value} · {face.condition} · {couponScope(r)}
      </Text>
      <Text className='admin-reward__line'>
        {r.pointsCost} 积分 · 已兑 {r.redeemed}/{r.total} · 每人限 {r.perMember} 次 · {r.validDays} 天有效
      </Text>
    </View>
  )
}
