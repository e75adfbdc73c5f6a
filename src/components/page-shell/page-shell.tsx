import { View } from '@tarojs/components'
import type { ComponentType, PropsWithChildren } from 'react'
import { useArrivalCode } from '@/hooks/use-arrival-code'
import './page-shell.scss'

// h5 only: the demo-user switcher and the sandbox pay sheet. The constant condition lets the
// weapp build drop them (in WeChat the caller is whoever opened the mini-program, and
// WeChat Pay shows its own sheet).
const UserSwitcher: ComponentType | null =
  process.env.TARO_ENV === 'h5' ? require('@/components/user-switcher').UserSwitcher : null
const PaySheetHost: ComponentType | null =
  process.env.TARO_ENV === 'h5' ? require('@/components/pay-sheet').PaySheetHost : null
// weapp only: WeChat's privacy step (隐私保护指引) drawn by the app; h5 has none.
const PrivacySheetHost: ComponentType | null =
  process.env.TARO_ENV === 'weapp' ? require('@/components/privacy-sheet').PrivacySheetHost : null

export interface PageShellProps {
  className?: string
}

/**
 * Every page's root: the cream background; it keeps the distribution code the page was
 * opened with; on h5 also the demo-user switcher (a strip above the page, in the flow, so it
 * covers nothing) and the pay sheet; in WeChat the privacy sheet, when WeChat asks for it.
 */
export function PageShell({ className = '', children }: PropsWithChildren<PageShellProps>) {
  useArrivalCode()
  return (
    <View className={`page-shell ${className}`}>
      {UserSwitcher ? <UserSwitcher /> : null}
      {children}
      {PaySheetHost ? <PaySheetHost /> : null}
      {PrivacySheetHost ? <PrivacySheetHost /> : null}
    </View>
  )
}
