import { Text, View } from '@tarojs/components'
import type { GrantView } from '@shared/api'
import { formatDateTime } from '@/utils/format'
import { signed } from '@/utils/signed'

/** One grant or reversal: why, when, and the growth and points it gave or took back. */
export function GrantRow({ grant }: { grant: GrantView }) {
  const back = grant.growth < 0 || grant.points < 0
  return (
    <View className={`grant-row ${back ? 'grant-row--back' : ''}`} data-growth={grant.growth} data-points={grant.points}>
      <View className='grant-row__main'>
        <Text className='grant-row__reason'>{grant.reason}</Text>
        <Text className='grant-row__time'>{formatDateTime(grant.createdAt)}</Text>
      </View>
      <View className='grant-row__amounts'>
        {grant.growth ? <Text className='grant-row__growth'>成长值 {signed(grant.growth)}</Text> : null}
        {grant.points ? <Text className='grant-row__points'>积分 {signed(grant.points)}</Text> : null}
      </View>
    </View>
  )
}
