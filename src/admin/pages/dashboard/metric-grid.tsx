import type { MetricSeries } from '@shared/api'
import { Text, View } from '@tarojs/components'
import { changeOf, figureText } from '@/admin/dashboard-figures'

export interface MetricGridProps {
  metrics: MetricSeries[]
  /** The metric whose definition is open. */
  openKey: string | null
  onToggle: (key: string) => void
}

/** A section's figures two to a row: the latest period's value, its label, the change; tap for the definition. */
export function MetricGrid({ metrics, openKey, onToggle }: MetricGridProps) {
  const open = metrics.find((m) => m.key === openKey)
  return (
    <View className='dash-metrics'>
      <View className='dash-metrics__grid'>
        {metrics.map((m) => {
          const change = changeOf(m)
          return (
            <View
              key={m.key}
              className={`dash-metric ${m.key === openKey ? 'dash-metric--open' : ''}`}
              data-metric={m.key}
              onClick={() => onToggle(m.key)}
            >
              <Text className='dash-metric__label'>{m.label}</Text>
              <Text className='dash-metric__value'>{figureText(m.current, m.unit)}</Text>
              <Text className={`dash-metric__change dash-metric__change--${change.tone}`}>
                {change.text === '—' ? '较上期 —' : `较上期 ${change.text}`}
              </Text>
            </View>
          )
        })}
      </View>
      {open ? (
        <Text className='dash-metrics__definition' data-definition={open.key}>
          {open.label}：{open.definition}
        </Text>
      ) : null}
    </View>
  )
}
