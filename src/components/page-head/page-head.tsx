import { Text, View } from '@tarojs/components'
import './page-head.scss'

export interface PageHeadProps {
  title: string
  note?: string
}

/** A page's heading: a bold title on the left, a quiet note under it. */
export function PageHead({ title, note }: PageHeadProps) {
  return (
    <View className='page-head'>
      <Text className='page-head__title'>{title}</Text>
      {note ? <Text className='page-head__note'>{note}</Text> : null}
    </View>
  )
}
