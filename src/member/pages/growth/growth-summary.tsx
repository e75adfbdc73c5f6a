import { Text, View } from '@tarojs/components'
import type { MeOutput } from '@shared/api'
import { TierBadge } from '@/components/tier-badge'

/** My totals above the history. */
export function GrowthSummary({ me }: { me: MeOutput | null }) {
  return (
    <View className='growth-summary'>
      <View className='growth-summary__figure'>
        <Text className='growth-summary__value'>{me ? me.growth : '–'}</Text>
        <Text className='growth-summary__label'>成长值</Text>
      </View>
      <View className='growth-summary__figure'>
        <Text className='growth-summary__value'>{me ? me.points : '–'}</Text>
        <Text className='growth-summary__label'>积分</Text>
      </View>
      {me ? <TierBadge tier={me.tier} className='growth-summary__badge' /> : null}
    </View>
  )
}
