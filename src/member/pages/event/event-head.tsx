import { Image, Text, View } from '@tarojs/components'
import type { EventDetail } from '@shared/api'
import { Tag } from '@/components/tag'
import { BRAND } from '@/constants/brand'
import { imageSrc } from '@/services/images'
import { eventStatusChips, eventTimeText, gateNotice, seatsText } from '@/utils/event-status'

/** The top of an event: cover, phase, title, when, where, who hosts, how full, and the tier gate. */
export function EventHead({ event: e, now }: { event: EventDetail; now: number }) {
  const chips = eventStatusChips(e.phase, e.signup?.status ?? null)
  const gate = e.phase === 'open' || e.phase === 'not_open' ? gateNotice(e, now) : ''
  return (
    <View className={`event-head event-head--${e.phase}`}>
      {e.cover ? <Image className='event-head__cover' src={imageSrc(e.cover)} mode='aspectFill' /> : <View className='event-head__cover event-head__cover--blank' />}
      <View className='event-head__card'>
        <View className='event-head__chips'>
          {chips.map((c) => (
            <Tag key={c.label} tone={c.tone}>
              {c.label}
            </Tag>
          ))}
          {e.attendGrowth > 0 ? <Tag tone='amber'>签到得 {e.attendGrowth} 成长值</Tag> : null}
        </View>
        <Text className='event-head__title'>{e.title}</Text>
        <View className='event-head__row'>
          <Text className='event-head__label'>时间</Text>
          <Text className='event-head__value'>{eventTimeText(e.startAt, e.endAt, now)}</Text>
        </View>
        <View className='event-head__row'>
          <Text className='event-head__label'>地点</Text>
          <Text className='event-head__value'>{e.place}</Text>
        </View>
        <View className='event-head__row'>
          <Text className='event-head__label'>主办</Text>
          <Text className='event-head__value'>{e.partnerName || BRAND.name}</Text>
        </View>
        <View className='event-head__row'>
          <Text className='event-head__label'>名额</Text>
          <Text className='event-head__value'>{seatsText(e)}</Text>
        </View>
        {gate ? <Text className='event-head__gate'>{gate}，其他会员之后开放</Text> : null}
      </View>
    </View>
  )
}
