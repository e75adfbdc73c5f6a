import { Text, View } from '@tarojs/components'
import { useCallback, useEffect } from 'react'
import type { ProjectDetail, RewardThreshold } from '@shared/api'
import { AdminError } from '@/admin/components/admin-error'
import { StatusView } from '@/components/status-view'
import { Tag } from '@/components/tag'
import { useReloadable } from '@/hooks/use-reloadable'
import { projectRewards } from '@/services/admin-cocreation'
import { formatDateTime, formatYuan } from '@/utils/format'

const thresholdText = (t: RewardThreshold) =>
  `${t.metric === 'gmv' ? `销售额 ${formatYuan(t.atLeast)}` : `销量 ${t.atLeast} 件`} → ${t.poolFen ? formatYuan(t.poolFen) : ''}${t.poolFen && t.points ? ' + ' : ''}${t.points ? `${t.points} 积分` : ''}`

/** 奖励: effective sales of the launched deal, the thresholds crossed, and who got what at each. */
export function RewardsPanel({ project }: { project: ProjectDetail }) {
  const load = useCallback(() => projectRewards(project.projectId), [project.projectId])
  const rewards = useReloadable(load)
  const { reload } = rewards
  useEffect(() => {
    reload()
  }, [reload, project])
  const { state } = rewards
  if (state.status === 'loading') return <View className='admin-card admin-card--skeleton skeleton-block' />
  if (state.status === 'error') return <AdminError error={state.error} onRetry={() => reload()} />
  const r = state.data
  return (
    <View className='console-list'>
      <View className='admin-card rewards-admin'>
        <View className='admin-card__figures'>
          <View className='admin-card__figure'>
            <Text className='admin-card__figure-value'>{r.sales.units}</Text>
            <Text className='admin-card__figure-label'>有效销量（件）</Text>
          </View>
          <View className='admin-card__figure'>
            <Text className='admin-card__figure-value'>{formatYuan(r.sales.gmvFen)}</Text>
            <Text className='admin-card__figure-label'>有效销售额</Text>
          </View>
        </View>
        {r.thresholds.map((t, i) => (
          <View key={i} className={`rewards-admin__threshold ${t.crossed ? 'rewards-admin__threshold--crossed' : ''}`}>
            <Text className='rewards-admin__threshold-text'>
              门槛 {i + 1}：{thresholdText(t)}
            </Text>
            <Tag tone={t.crossed ? 'amber' : 'plain'}>{t.crossed ? '已达成' : '未达成'}</Tag>
          </View>
        ))}
        {!r.thresholds.length ? <Text className='admin-card__meta'>奖励方案没有设置门槛</Text> : null}
      </View>
      {r.payouts.map((p) => (
        <View key={p.threshold} className='admin-card rewards-admin__payout' data-threshold={p.threshold}>
          <Text className='rewards-admin__payout-title'>
            门槛 {p.threshold + 1} · {formatDateTime(p.crossedAt)} 发放 {formatYuan(p.poolFen)}
            {p.points ? ` + ${p.points} 积分` : ''}
          </Text>
          {p.shares.map((s) => (
            <View key={s.openid} className='rewards-admin__share'>
              <Text className='rewards-admin__who'>{s.nickname}</Text>
              <Text className='rewards-admin__weight'>权重 {s.weight}</Text>
              <Text className='rewards-admin__amount'>
                {formatYuan(s.cashFen)}
                {s.points ? ` · ${s.points} 分` : ''}
              </Text>
            </View>
          ))}
        </View>
      ))}
      {!r.payouts.length ? <StatusView kind='empty' title='还没有发放奖励' message={project.launchedDealId ? '有效销量跨过门槛时，奖金按贡献权重自动发放' : '上市后，有效销量跨过门槛时自动发放'} /> : null}
    </View>
  )
}
