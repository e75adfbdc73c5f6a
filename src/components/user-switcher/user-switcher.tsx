import { Text, View } from '@tarojs/components'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { Avatar } from '@/components/avatar'
import { UserSwitcherSheet } from './user-switcher-sheet'
import { useDemoUsers } from './use-demo-users'
import './user-switcher.scss'

/** h5 only: a strip above the page saying who you are on the local cloud; tap to play someone else. */
export function UserSwitcher() {
  const { users, current, openid, failed, switchTo } = useDemoUsers()
  const [open, setOpen] = useState(false)
  // Pages stay mounted under the one on top: only the page on screen shows the switcher.
  const [onScreen, setOnScreen] = useState(true)
  useDidShow(() => setOnScreen(true))
  useDidHide(() => {
    setOnScreen(false)
    setOpen(false)
  })
  if (!onScreen) return null
  const name = current?.nickname ?? openid

  return (
    <View className='user-switcher' data-openid={openid}>
      <View className='user-switcher__chip' onClick={() => setOpen(true)}>
        <Text className='user-switcher__label'>本地演示 · 当前身份</Text>
        <Avatar src={current?.avatar} name={name} size='sm' />
        <Text className='user-switcher__name'>{name}</Text>
        <Text className='user-switcher__caret'>切换</Text>
      </View>
      {open ? (
        <UserSwitcherSheet
          users={users}
          currentOpenid={openid}
          failed={failed}
          onChoose={switchTo}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </View>
  )
}
