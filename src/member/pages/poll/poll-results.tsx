import { Text, View } from '@tarojs/components'
import type { PollView } from '@shared/api'
import { pollResults } from '@/utils/poll-results'

/** The results as horizontal bars: votes and share; my choices and, once closed, the winner marked. */
export function PollResults({ poll }: { poll: PollView }) {
  const rows = pollResults(poll)
  return (
    <View className='poll-results'>
      <View className='poll-results__head'>
        <Text className='poll-results__title'>{poll.phase === 'closed' ? '最终结果' : '当前结果'}</Text>
        <Text className='poll-results__note'>{poll.multiple ? '多选：比例为选择该项的人数占比' : `共 ${poll.totalVoters} 票`}</Text>
      </View>
      {rows.map((r) => (
        <View
          key={r.optionId}
          className={`poll-result ${r.mine ? 'poll-result--mine' : ''} ${r.winner ? 'poll-result--winner' : ''}`}
          data-option-id={r.optionId}
        >
          <View className='poll-result__line'>
            <Text className='poll-result__label'>{r.label}</Text>
            {r.winner ? <Text className='poll-result__flag poll-result__flag--winner'>胜出</Text> : null}
            {r.mine ? <Text className='poll-result__flag poll-result__flag--mine'>我的选择</Text> : null}
            <Text className='poll-result__figure'>
              {r.votes} 票 · <Text className='poll-result__percent'>{r.percent}%</Text>
            </Text>
          </View>
          <View className='poll-result__track'>
            <View className='poll-result__bar' style={{ width: `${r.percent}%` }} />
          </View>
        </View>
      ))}
    </View>
  )
}
