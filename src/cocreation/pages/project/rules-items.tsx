import { Text, View } from '@tarojs/components'
import type { ProjectRules } from '@shared/api'

const ITEMS: { key: keyof ProjectRules; title: string }[] = [
  { key: 'scope', title: '共创范围' },
  { key: 'ownership', title: '成果归属' },
  { key: 'credit', title: '署名方式' },
  { key: 'rewards', title: '奖励计划' },
]

/** The four parts of a project's rules, numbered. */
export function RulesItems({ rules }: { rules: ProjectRules }) {
  return (
    <View className='rules-items'>
      {ITEMS.map((item, i) => (
        <View key={item.key} className='rules-items__item'>
          <Text className='rules-items__no'>{i + 1}</Text>
          <View className='rules-items__body'>
            <Text className='rules-items__title'>{item.title}</Text>
            <Text className='rules-items__text'>{rules[item.key] || '—'}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
