import { Text, View } from '@tarojs/components'
import './post-fab.scss'

export interface PostFabProps {
  onTap: () => void
}

/**
 * 发晒单: the round button floating over a list of posts. Placed after the list, it
 * leaves room at the list's end, so the last card's likes and buttons scroll clear of it.
 */
export function PostFab({ onTap }: PostFabProps) {
  return (
    <>
      <View className='post-fab-room' />
      <View className='post-fab' onClick={onTap}>
        <Text className='post-fab__plus'>+</Text>
        <Text className='post-fab__label'>发晒单</Text>
      </View>
    </>
  )
}
