import { Text, View } from '@tarojs/components'
import type { AdminGroupView } from '@shared/api'
import { Countdown } from '@/components/countdown'
import { Tag } from '@/components/tag'
import { formatDateTime } from '@/utils/format'
import { GROUP_STATUS_LABEL } from '@/utils/group-status'

const TONE = { pending: 'amber', open: 'berry', succeeded: 'green', failed: 'plain' } as const

/** One group of a deal: its leader, seats and payments, state and timing. */
export function AdminGroupRow({ group }: { group: AdminGroupView }) {
  return (
    <View className='admin-group' data-group-id={group.groupId} data-status={group.status}>
      <View className='admin-group__who'>
        <Text className='admin-group__leader'>{group.leaderNickname} 的团</Text>
        <Text className='admin-group__meta'>
          已付 {group.paidCount}/{group.size} 人 · 占座 {group.seatsTaken}
        </Text>
        <Text className='admin-group__meta'>
          {group.openedAt ? `开团 ${formatDateTime(group.openedAt)}` : '团长未支付'}
          {group.status === 'open' && group.expiresAt ? (
            <>
              {' · 剩余 '}
              <Countdown to={group.expiresAt} className='admin-group__countdown' endedText='待结算' />
            </>
          ) : null}
        </Text>
      </View>
      <Tag tone={TONE[group.status]}>{GROUP_STATUS_LABEL[group.status]}</Tag>
    </View>
  )
}
