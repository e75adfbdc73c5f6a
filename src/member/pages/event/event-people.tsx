import { Text, View } from '@tarojs/components'
import type { EventDetail } from '@shared/api'
import { Avatar } from '@/components/avatar'

/** Who is going (or went): avatars and nicknames only. */
export function EventPeople({ event: e }: { event: EventDetail }) {
  if (!e.attendees.length) return null
  const past = e.phase === 'ended'
  return (
    <View className='event-section'>
      <View className='event-section__head'>
        <Text className='event-section__title'>{past ? '报名的伙伴' : '谁会来'}</Text>
        <Text className='event-section__note'>{e.going} 人</Text>
      </View>
      <View className='event-people'>
        {e.attendees.map((a, i) => (
          <View key={i} className='event-people__one'>
            <Avatar src={a.avatar} name={a.nickname} size='md' />
            <Text className='event-people__name'>{a.nickname}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
