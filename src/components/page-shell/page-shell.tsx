import { View } from '@tarojs/components'
import type { ComponentType, PropsWithChildren } from 'react'
import './page-shell.scss'

// h5 only: the demo-user switcher. The constant condition lets the weapp build drop it
// (in WeChat the caller is whoever opened the mini-program).
const UserSwitcher: ComponentType | null =
  process.env.TARO_ENV === 'h5' ? require('@/components/user-switcher').UserSwitcher : null

export interface PageShellProps {
  className?: string
}

/** Every page's root: the cream background, and on h5 the demo-user switcher. */
export function PageShell({ className = '', children }: PropsWithChildren<PageShellProps>) {
  return (
    <View className={`page-shell ${className}`}>
      {children}
      {UserSwitcher ? <UserSwitcher /> : null}
    </View>
  )
}
