import { Text, View } from '@tarojs/components'
import type { DemoUser } from '@/services/demo-user'
import { Avatar } from '@/components/avatar'
import { tierLabel } from '@/utils/tier'

export interface UserSwitcherSheetProps {
  users: DemoUser[]
  currentOpenid: string
  failed: boolean
  onChoose: (openid: string) => void
  onClose: () => void
}

export function UserSwitcherSheet({ users, currentOpenid, failed, onChoose, onClose }: UserSwitcherSheetProps) {
  return (
    <View className='user-switcher__mask' onClick={onClose}>
      <View className='user-switcher__sheet' onClick={(e) => e.stopPropagation()}>
        <Text className='user-switcher__heading'>切换演示身份</Text>
        <Text className='user-switcher__hint'>本地云演示：选择你要扮演的用户</Text>
        {failed ? <Text className='user-switcher__hint'>无法读取演示用户（/dev/users）</Text> : null}
        {users.map((user) => (
          <View
            key={user.openid}
            className={`user-switcher__option ${user.openid === currentOpenid ? 'user-switcher__option--current' : ''}`}
            data-openid={user.openid}
            onClick={() => onChoose(user.openid)}
          >
            <Avatar src={user.avatar} name={user.nickname} />
            <View className='user-switcher__who'>
              <Text className='user-switcher__nickname'>{user.nickname}</Text>
              <Text className='user-switcher__meta'>
                {user.isAdmin ? '品牌管理员' : tierLabel(user.tier)} · {user.openid}
              </Text>
            </View>
            {user.openid === currentOpenid ? <Text className='user-switcher__check'>当前</Text> : null}
          </View>
        ))}
        <View className='user-switcher__cancel' onClick={onClose}>
          取消
        </View>
      </View>
    </View>
  )
}
