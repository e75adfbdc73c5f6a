import { Text, View } from '@tarojs/components'
import './tabs.scss'

export interface TabItem<K extends string> {
  key: K
  label: string
  /** A small count beside the label (e.g. applications waiting). */
  badge?: number
}

export interface TabsProps<K extends string> {
  items: TabItem<K>[]
  value: K
  onChange: (key: K) => void
  className?: string
  /** Stays at the top of the page while the list under it scrolls. */
  sticky?: boolean
}

/** A row of tabs; the chosen one is underlined. Each carries `data-key` for tests. */
export function Tabs<K extends string>({ items, value, onChange, className = '', sticky }: TabsProps<K>) {
  return (
    <View className={`tabs ${sticky ? 'tabs--sticky ' : ''}${className}`}>
      {items.map((item) => (
        <View
          key={item.key}
          className={`tabs__item tabs__item--${item.key} ${item.key === value ? 'tabs__item--on' : ''}`}
          data-key={item.key}
          onClick={() => onChange(item.key)}
        >
          <Text className='tabs__label'>{item.label}</Text>
          {item.badge ? <Text className='tabs__badge'>{item.badge > 99 ? '99+' : item.badge}</Text> : null}
        </View>
      ))}
    </View>
  )
}
