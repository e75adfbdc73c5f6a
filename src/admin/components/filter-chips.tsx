import { Text, View } from '@tarojs/components'
import './filter-chips.scss'

export interface FilterChipsProps<V extends string> {
  options: { value: V | undefined; label: string }[]
  value: V | undefined
  onChange: (value: V | undefined) => void
}

/** A scrollable row of chips to narrow a list; each carries `data-value` (`all` for no filter). */
export function FilterChips<V extends string>({ options, value, onChange }: FilterChipsProps<V>) {
  return (
    <View className='filter-chips'>
      {options.map((o) => (
        <Text
          key={o.value ?? 'all'}
          className={`filter-chips__chip ${o.value === value ? 'filter-chips__chip--on' : ''}`}
          data-value={o.value ?? 'all'}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </Text>
      ))}
    </View>
  )
}
