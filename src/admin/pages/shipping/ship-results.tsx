import { Text, View } from '@tarojs/components'
import { resultsSummary, resultText } from '@/admin/shipping'
import type { Outcome } from './use-ship'

/** What the last 发货 / 到货 did, order by order (shipped, already, refused with why). */
export function ShipResults({ outcome, onDismiss }: { outcome: Outcome; onDismiss: () => void }) {
  return (
    <View className='admin-card ship-results'>
      <View className='ship-results__head'>
        <Text className='ship-results__title'>{resultsSummary(outcome.results, outcome.mode)}</Text>
        <Text className='ship-results__close' onClick={onDismiss}>
          知道了
        </Text>
      </View>
      {outcome.results.map((r) => (
        <View key={r.orderId} className={`ship-results__item ship-results__item--${r.result}`} data-order-id={r.orderId} data-result={r.result}>
          <Text className='ship-results__order'>{outcome.titles[r.orderId] ?? r.orderId}</Text>
          <Text className='ship-results__text'>{resultText(r, outcome.mode)}</Text>
        </View>
      ))}
    </View>
  )
}
