import { Text, View } from '@tarojs/components'
import type { PollView } from '@shared/api'
import { Tag } from '@/components/tag'
import { TierBadge } from '@/components/tier-badge'
import { myVoteText, pollPhaseChip, pollTimeText } from '@/utils/poll-phase'

/** A poll in the list: its phase, who may vote, and where I stand. */
export function PollCard({ poll, onOpen }: { poll: PollView; onOpen: (pollId: string) => void }) {
  const chip = pollPhaseChip(poll.phase)
  const mine = myVoteText(poll)
  const winner = poll.phase === 'closed' ? poll.options.find((o) => o.optionId === poll.winnerOptionId) : undefined
  return (
    <View className={`poll-card poll-card--${poll.phase}`} data-poll-id={poll.pollId} onClick={() => onOpen(poll.pollId)}>
      <View className='poll-card__tags'>
        <Tag tone={chip.tone} className='poll-card__phase'>
          {chip.label}
        </Tag>
        {poll.minTier !== 'explorer' ? <TierBadge tier={poll.minTier} size='sm' suffix='专属' /> : null}
        {poll.adoptedDealId ? <Tag tone='berry'>已采纳</Tag> : null}
      </View>
      <Text className='poll-card__title'>{poll.title}</Text>
      {poll.description ? <Text className='poll-card__desc'>{poll.description}</Text> : null}
      <View className='poll-card__options'>
        {poll.options.slice(0, 4).map((o) => (
          <Text key={o.optionId} className='poll-card__option'>
            {o.label}
          </Text>
        ))}
        {poll.options.length > 4 ? <Text className='poll-card__option poll-card__option--more'>等 {poll.options.length} 项</Text> : null}
      </View>
      {winner ? <Text className='poll-card__winner'>胜出：{winner.label}</Text> : null}
      <View className='poll-card__foot'>
        <Text className='poll-card__meta'>
          {poll.totalVoters} 人参与 · {pollTimeText(poll)}
        </Text>
        <Text className={`poll-card__mine poll-card__mine--${mine.tone}`}>{mine.text}</Text>
      </View>
    </View>
  )
}
