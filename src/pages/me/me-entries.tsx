import { Text, View } from '@tarojs/components'

export interface MeEntry {
  key: string
  title: string
  note?: string
  onOpen: () => void
}

/** A card of rows that lead elsewhere: 我的订单, 品牌管理, … */
export function MeEntries({ entries }: { entries: MeEntry[] }) {
  return (
    <View className='me-entries'>
      {entries.map((entry) => (
        <View key={entry.key} className={`me-entry me-entry--${entry.key}`} onClick={entry.onOpen}>
          <View className={`me-entry__icon me-entry__icon--${entry.key}`} />
          <Text className='me-entry__title'>{entry.title}</Text>
          {entry.note ? <Text className='me-entry__note'>{entry.note}</Text> : null}
          <Text className='me-entry__arrow'>›</Text>
        </View>
      ))}
    </View>
  )
}
