import { Text, View } from '@tarojs/components'
import type { MeOutput } from '@shared/api'
import { TierBadge } from '@/components/tier-badge'

/** My totals above the history: the sum of all its rows. */
export function GrowthSummary({ me }: { me: MeOutput | null }) {
  return (
    <View className='growth-summary-wrap'>
      <View className='growth-summary'>
        <View className='growth-summary__figure'>
          <Text className='growth-summary__value growth-summary__value--growth'>{me ? me.growth : '–'}</Text>
          <Text className='growth-summary__label'>成长值</Text>
        </View>
        <View className='growth-summary__figure'>
          <Text className='growth-summary__value growth-summary__value--points'>{me ? me.points : '–'}</Text>
          <Text className='growth-summary__label'>积分</Text>
        </View>
        {me ? <TierBadge tier={me.tier} className='growth-summary__badge' /> : null}
      </View>
      <Text className='growth-summary__note'>合计即下方全部记录之和</Text>
    </View>
  )
}
