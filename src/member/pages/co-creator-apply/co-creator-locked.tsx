import { Text, View } from '@tarojs/components'
import type { MeOutput } from '@shared/api'
import { ApplyStatus } from '@/components/apply-card'
import { tierProgress } from '@/utils/tier-progress'

/** For 探索者: the growth still needed to become 体验官, who may apply. */
export function CoCreatorLocked({ me, onCheckIn }: { me: MeOutput; onCheckIn: () => void }) {
  const progress = tierProgress(me)
  return (
    <ApplyStatus
      block='co-status'
      stage='locked'
      className='co-locked'
      label='体验官可申请'
      tone='amber'
      title={`再得 ${me.growthToNext} 成长值就能申请`}
      text={`共创官从体验官中产生。成长值达到 ${me.officerThreshold} 自动升级为体验官`}
      action={{ text: '去签到攒成长值', className: 'co-locked__check-in', onClick: onCheckIn }}
    >
      <View className='co-locked__bar'>
        <View className='co-locked__fill' style={{ width: `${Math.round(progress.ratio * 100)}%` }} />
      </View>
      <Text className='co-locked__figure'>{progress.figure}</Text>
      <View className='co-locked__ways'>
        <Text className='co-locked__way'>每日签到 · 连续签到奖励更多</Text>
        <Text className='co-locked__way'>拼团成功或单独购买 · 每单 +20 成长值</Text>
        <Text className='co-locked__way'>参与投票 · 每次 +2 成长值</Text>
      </View>
    </ApplyStatus>
  )
}
