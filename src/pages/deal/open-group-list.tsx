import { Text, View } from '@tarojs/components'
import type { OpenGroupView } from '@shared/api'
import { OpenGroup } from '@/components/open-group'

export interface OpenGroupListProps {
  groups: OpenGroupView[]
  onJoin: (groupId: string) => void
}

/** The groups of this deal that are waiting for members. */
export function OpenGroupList({ groups, onJoin }: OpenGroupListProps) {
  return (
    <View className='deal-section open-groups'>
      <View className='deal-section__head'>
        <Text className='deal-section__title'>正在拼的团</Text>
        {groups.length ? <Text className='deal-section__note'>{groups.length} 个团等你加入</Text> : null}
      </View>
      {groups.length === 0 ? (
        <Text className='open-groups__empty'>还没有人开团，发起第一个团，邀请好友一起拼吧</Text>
      ) : (
        groups.map((group) => <OpenGroup key={group.groupId} group={group} onJoin={onJoin} />)
      )}
    </View>
  )
}
