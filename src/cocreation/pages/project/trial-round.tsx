import { Text, View } from '@tarojs/components'
import type { TrialRoundView } from '@shared/api'
import { SCORE_KEYS } from '@shared/domain/cocreation'
import { formatDate } from '@/utils/format'
import { SCORE_LABELS, scoreBarPercent } from '@/utils/cocreation-form'

/** A round of samples: its version, what changed, and the averages of its reports as bars. */
export function TrialRound({ round }: { round: TrialRoundView }) {
  return (
    <View className='trial-round' data-round-id={round.roundId}>
      <View className='trial-round__head'>
        <Text className='trial-round__version'>{round.version}</Text>
        <Text className='trial-round__date'>{formatDate(round.sentAt)} 寄出样品</Text>
      </View>
      {round.changes ? <Text className='trial-round__changes'>这一版改了什么：{round.changes}</Text> : null}
      {round.reports ? (
        <View className='trial-round__scores'>
          {SCORE_KEYS.map((key) => (
            <View key={key} className='trial-round__score'>
              <Text className='trial-round__label'>{SCORE_LABELS[key]}</Text>
              <View className='trial-round__track'>
                <View className='trial-round__bar' style={{ width: `${scoreBarPercent(round.averages[key])}%` }} />
              </View>
              <Text className='trial-round__value'>{round.averages[key].toFixed(1)}</Text>
            </View>
          ))}
          <Text className='trial-round__summary'>
            {round.reports} 份内测报告 · {round.wouldBuy} 人会回购
          </Text>
        </View>
      ) : (
        <Text className='trial-round__waiting'>等待共创官提交内测报告</Text>
      )}
    </View>
  )
}
