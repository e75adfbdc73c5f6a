import { Text, View } from '@tarojs/components'
import type { GroupView } from '@shared/api'
import { Avatar } from '@/components/avatar'
import { seatSlots } from '@/utils/group-status'
import './group-seats.scss'

/** One circle per seat: real members only (never made-up ones), empty seats as dashed 「?」. */
export function GroupSeats({ group }: { group: GroupView }) {
  const { slots, hidden } = seatSlots(group)
  return (
    <View className={`group-seats ${group.size > 4 ? 'group-seats--compact' : ''}`}>
      <View className='group-seats__row'>
        {slots.map(({ key, member }) =>
          member ? (
            <View key={key} className={`group-seat group-seat--taken ${member.paid ? '' : 'group-seat--unpaid'}`}>
              <Avatar src={member.avatar} name={member.nickname} size='lg' className='group-seat__avatar' />
              {member.isLeader ? <Text className='group-seat__badge'>团长</Text> : null}
              {!member.paid ? <Text className='group-seat__badge group-seat__badge--unpaid'>待支付</Text> : null}
              <Text className='group-seat__name'>{member.nickname}</Text>
            </View>
          ) : (
            <View key={key} className='group-seat group-seat--empty'>
              <View className='group-seat__empty'>
                <Text className='group-seat__mark'>?</Text>
              </View>
              <Text className='group-seat__name group-seat__name--empty'>待加入</Text>
            </View>
          ),
        )}
      </View>
      {hidden > 0 && group.members.length > slots.length ? (
        <Text className='group-seats__more'>…等 {group.members.length} 人</Text>
      ) : null}
      <SeatsLine group={group} />
    </View>
  )
}

function SeatsLine({ group }: { group: GroupView }) {
  if (group.status === 'succeeded' || group.status === 'failed') {
    return <Text className='group-seats__left'>共 {group.paidCount} 人参团 · {group.size}人团</Text>
  }
  if (group.seatsLeft <= 0) return <Text className='group-seats__left'>名额已满 · 已有 {group.paidCount}/{group.size} 人付款</Text>
  return (
    <Text className='group-seats__left'>
      剩余 <Text className='group-seats__count'>{group.seatsLeft}</Text> 个名额 · 已有 {group.paidCount}/{group.size} 人付款
    </Text>
  )
}
