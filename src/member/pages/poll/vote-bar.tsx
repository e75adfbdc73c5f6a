import { Button, Text, View } from '@tarojs/components'
import type { PollView } from '@shared/api'

export interface VoteBarProps {
  poll: Pick<PollView, 'multiple' | 'maxChoices'>
  count: number
  voting: boolean
  onSubmit: () => void
}

/** The fixed bar under the options: how many are chosen, and 投票. */
export function VoteBar({ poll, count, voting, onSubmit }: VoteBarProps) {
  return (
    <View className='vote-bar'>
      <Text className='vote-bar__count'>{poll.multiple ? `已选 ${count}/${poll.maxChoices} 项` : count ? '已选 1 项' : '请选择 1 项'}</Text>
      <Button className='poll__submit' disabled={voting || !count || undefined} onClick={onSubmit}>
        {voting ? '提交中…' : '投票'}
      </Button>
    </View>
  )
}
