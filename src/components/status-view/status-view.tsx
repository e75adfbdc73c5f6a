import { Button, Text, View } from '@tarojs/components'
import './status-view.scss'

export interface StatusViewProps {
  kind: 'empty' | 'error'
  title: string
  message?: string
  actionText?: string
  onAction?: () => void
}

/** The empty and error states of a page or a list, with an optional retry. */
export function StatusView({ kind, title, message, actionText, onAction }: StatusViewProps) {
  return (
    <View className={`status-view status-view--${kind}`}>
      <View className='status-view__icon'>
        <View className='status-view__leaf' />
      </View>
      <Text className='status-view__title'>{title}</Text>
      {message ? <Text className='status-view__message'>{message}</Text> : null}
      {actionText && onAction ? (
        <Button className='status-view__action' onClick={onAction}>
          {actionText}
        </Button>
      ) : null}
    </View>
  )
}
