import { Text, View } from '@tarojs/components'
import type { PollView } from '@shared/api'
import { Tag } from '@/components/tag'
import { TierBadge } from '@/components/tier-badge'
import { pollPhaseChip, pollTimeText } from '@/utils/poll-phase'
import { choiceHint } from '@/utils/poll-results'

/** The question: phase, who may vote, title, description, how many took part. */
export function PollHead({ poll }: { poll: PollView }) {
  const chip = pollPhaseChip(poll.phase)
  return (
    <View className={`poll-head poll-head--${poll.phase}`}>
      <View className='poll-head__tags'>
        <Tag tone={chip.tone} className='poll-head__phase'>
          {chip.label}
        </Tag>
        {poll.minTier !== 'explorer' ? <TierBadge tier={poll.minTier} size='sm' suffix='专属' /> : null}
      </View>
      <Text className='poll-head__title'>{poll.title}</Text>
      {poll.description ? <Text className='poll-head__desc'>{poll.description}</Text> : null}
      <View className='poll-head__meta'>
        <Text className='poll-head__voters'>{poll.totalVoters} 人参与</Text>
        <Text className='poll-head__time'>{pollTimeText(poll)}</Text>
        <Text className='poll-head__hint'>{choiceHint(poll)}</Text>
      </View>
    </View>
  )
}
