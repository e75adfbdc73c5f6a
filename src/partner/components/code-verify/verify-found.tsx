import { Button, Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

export interface VerifyFoundProps {
  heading: string
  busy: boolean
  error: string
  confirmText: string
  busyText: string
  onBack: () => void
  onConfirm: () => void
}

/** What the code is for (the children), then 返回 and the confirming button. */
export function VerifyFound({ heading, busy, error, confirmText, busyText, onBack, onConfirm, children }: PropsWithChildren<VerifyFoundProps>) {
  return (
    <View className='code-verify code-verify--found'>
      <Text className='code-verify__heading'>{heading}</Text>
      {children}
      {error ? <Text className='code-verify__error'>{error}</Text> : null}
      <View className='code-verify__actions'>
        <Button className='code-verify__back' disabled={busy || undefined} onClick={onBack}>
          返回
        </Button>
        <Button className='code-verify__confirm' disabled={busy || undefined} onClick={onConfirm}>
          {busy ? busyText : confirmText}
        </Button>
      </View>
    </View>
  )
}
