import { Button, Text, View } from '@tarojs/components'
import type { PollView } from '@shared/api'
import { Tag } from '@/components/tag'
import { TierBadge } from '@/components/tier-badge'
import { formatDateTime } from '@/utils/format'
import { pollPhaseChip } from '@/utils/poll-phase'
import { pollResults } from '@/utils/poll-results'

export interface AdminPollCardProps {
  poll: PollView
  busy: boolean
  onOpen: (pollId: string) => void
  onClose: (poll: PollView) => void
  onAdopt: (poll: PollView, winner: string) => void
  onEditDeal: (dealId: string) => void
}

/** A poll as the operator runs it: phase, voters, results once closed; 结束投票, 采纳为新品, the adopted deal. */
export function AdminPollCard({ poll, busy, onOpen, onClose, onAdopt, onEditDeal }: AdminPollCardProps) {
  const chip = pollPhaseChip(poll.phase)
  const winner = poll.options.find((o) => o.optionId === poll.winnerOptionId)
  return (
    <View className={`poll-admin-card poll-admin-card--${poll.phase}`} data-poll-id={poll.pollId}>
      <View className='poll-admin-card__tags'>
        <Tag tone={chip.tone}>{chip.label}</Tag>
        {poll.minTier !== 'explorer' ? <TierBadge tier={poll.minTier} size='sm' suffix='专属' /> : null}
        {poll.adoptedDealId ? <Tag tone='berry'>已采纳</Tag> : null}
        <Text className='poll-admin-card__voters'>{poll.totalVoters} 人参与</Text>
      </View>
      <Text className='poll-admin-card__title' onClick={() => onOpen(poll.pollId)}>
        {poll.title}
      </Text>
      <Text className='poll-admin-card__time'>
        {formatDateTime(poll.openAt)} – {formatDateTime(poll.closeAt)} · {poll.multiple ? `最多选 ${poll.maxChoices} 项` : '单选'}
      </Text>
      {poll.resultsVisible ? (
        <View className='poll-admin-card__results'>
          {pollResults(poll).map((r) => (
            <View key={r.optionId} className={`poll-admin-card__result ${r.winner ? 'poll-admin-card__result--winner' : ''}`}>
              <Text className='poll-admin-card__option'>{r.label}</Text>
              <Text className='poll-admin-card__count'>
                {r.votes} 票 · {r.percent}%
              </Text>
            </View>
          ))}
        </View>
      ) : (
        <Text className='poll-admin-card__options'>{poll.options.map((o) => o.label).join(' / ')}</Text>
      )}
      <View className='poll-admin-card__actions'>
        <Button className='poll-admin-card__btn poll-admin-card__view' onClick={() => onOpen(poll.pollId)}>
          查看
        </Button>
        {poll.phase !== 'closed' ? (
          <Button className='poll-admin-card__btn poll-admin-card__close' disabled={busy || undefined} onClick={() => onClose(poll)}>
            结束投票
          </Button>
        ) : null}
        {poll.phase === 'closed' && !poll.adoptedDealId && winner ? (
          <Button className='poll-admin-card__btn poll-admin-card__adopt' disabled={busy || undefined} onClick={() => onAdopt(poll, winner.label)}>
            采纳为新品
          </Button>
        ) : null}
        {poll.adoptedDealId ? (
          <Button className='poll-admin-card__btn poll-admin-card__deal' onClick={() => onEditDeal(poll.adoptedDealId as string)}>
            编辑新品草稿
          </Button>
        ) : null}
      </View>
    </View>
  )
}
