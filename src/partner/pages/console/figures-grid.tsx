import { Text, View } from '@tarojs/components'
import type { PartnerFigures } from '@shared/api'
import { figureCells } from '@/utils/partner-figures'

/** What the partnership brought, from records: each figure with a line saying what it counts. */
export function FiguresGrid({ figures }: { figures: PartnerFigures }) {
  return (
    <View className='console-card console-figures'>
      <Text className='console-card__title'>合作成效</Text>
      <View className='console-figures__grid'>
        {figureCells(figures).map((c) => (
          <View key={c.key} className={`console-figures__cell console-figures__cell--${c.key}`} data-key={c.key}>
            <Text className='console-figures__value'>{c.value}</Text>
            <Text className='console-figures__label'>{c.label}</Text>
            <Text className='console-figures__note'>{c.note}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
