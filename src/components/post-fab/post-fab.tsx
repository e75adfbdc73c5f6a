import { Text, View } from '@tarojs/components'
import './post-fab.scss'

export interface PostFabProps {
  onTap: () => void
}

/** 发晒单: the round button floating over a list of posts. */
export function PostFab({ onTap }: PostFabProps) {
  return (
    <View className='post-fab' onClick={onTap}>
      <Text className='post-fab__plus'>+</Text>
      <Text className='post-fab__label'>发晒单</Text>
    </View>
  )
}
