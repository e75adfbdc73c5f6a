import { Text, View } from '@tarojs/components'
import type { MeOutput } from '@shared/api'
import { Avatar } from '@/components/avatar'
import { TIER_LABEL, tierLabel } from '@/utils/tier'

const LADDER = Object.keys(TIER_LABEL) as (keyof typeof TIER_LABEL)[]

/** Who I am: picture, name, tier, and my growth and points. */
export function MeHeader({ me }: { me: MeOutput }) {
  return (
    <View className='me-header'>
      <View className='me-header__row'>
        <Avatar src={me.avatar} name={me.nickname} size='lg' className='me-header__avatar' />
        <View className='me-header__who'>
          <Text className='me-header__name'>{me.nickname}</Text>
          <View className='me-header__badges'>
            <Text className='me-header__tier'>{tierLabel(me.tier)}</Text>
            {me.isAdmin ? <Text className='me-header__tier me-header__tier--admin'>品牌管理员</Text> : null}
          </View>
        </View>
      </View>
      <View className='me-header__stats'>
        <Stat value={me.growth} label='成长值' />
        <Stat value={me.points} label='积分' />
      </View>
      <View className='me-header__ladder'>
        {LADDER.map((tier) => (
          <Text key={tier} className={`me-header__step ${tier === me.tier ? 'me-header__step--on' : ''}`}>
            {TIER_LABEL[tier]}
          </Text>
        ))}
      </View>
    </View>
  )
}

function Stat({ value, label }: { value: number; label: string }) {
  return (
    <View className='me-header__stat'>
      <Text className='me-header__stat-value'>{value}</Text>
      <Text className='me-header__stat-label'>{label}</Text>
    </View>
  )
}
