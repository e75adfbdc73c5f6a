import { Text, View } from '@tarojs/components'
import './admin-page-head.scss'

/** An admin page's heading: the title with the brand-admin amber mark and a note. */
export function AdminPageHead({ title, note }: { title: string; note: string }) {
  return (
    <View className='admin-page-head'>
      <Text className='admin-page-head__title'>{title}</Text>
      <Text className='admin-page-head__note'>{note}</Text>
    </View>
  )
}
