import { Text, View } from '@tarojs/components'
import type { DealView } from '@shared/api'
import { formatDuration } from '@/utils/format'
import './group-rules.scss'

const STEPS = ['开团或参团', '邀请好友', '人满成团']

/** How a group buy works, in three steps and one promise. */
export function GroupRules({ deal }: { deal: DealView }) {
  return (
    <View className='group-card group-rules'>
      <Text className='group-rules__title'>拼团玩法</Text>
      <View className='group-rules__steps'>
        {STEPS.map((step, i) => (
          <View key={step} className='group-rules__step'>
            <Text className='group-rules__num'>{i + 1}</Text>
            <Text className='group-rules__text'>{step}</Text>
          </View>
        ))}
      </View>
      <Text className='group-rules__note'>
        开团后{formatDuration(deal.timeLimitMinutes)}内凑满{deal.groupSize}人即成团；
        {deal.autoComplete ? '成团保障：人数未满也照常发货。' : '未成团自动全额退款。'}
        团里只显示真实参团的人。
      </Text>
    </View>
  )
}
