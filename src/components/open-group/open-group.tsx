import { Button, Text, View } from '@tarojs/components'
import type { OpenGroupView } from '@shared/api'
import { Avatar } from '@/components/avatar'
import { Countdown } from '@/components/countdown'
import './open-group.scss'

export interface OpenGroupProps {
  group: OpenGroupView
  onJoin: (groupId: string) => void
}

/** A group that is waiting for members: who started it, seats left, time left. */
export function OpenGroup({ group, onJoin }: OpenGroupProps) {
  return (
    <View className='open-group' data-group-id={group.groupId}>
      <Avatar src={group.leaderAvatar} name={group.leaderNickname} />
      <View className='open-group__who'>
        <Text className='open-group__name'>{group.leaderNickname}</Text>
        <Text className='open-group__role'>团长 · {group.seatsTaken}/{group.size} 人</Text>
      </View>
      <View className='open-group__status'>
        <Text className='open-group__left'>
          还差 <Text className='open-group__seats'>{group.seatsLeft}</Text> 人
        </Text>
        <Text className='open-group__time'>
          剩余 <Countdown to={group.expiresAt} className='open-group__countdown' />
        </Text>
      </View>
      <Button className='open-group__join' onClick={() => onJoin(group.groupId)}>
        去参团
      </Button>
    </View>
  )
}
