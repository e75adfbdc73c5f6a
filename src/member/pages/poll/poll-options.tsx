import { Image, Text, View } from '@tarojs/components'
import type { PollView } from '@shared/api'
import { imageSrc } from '@/services/images'

export interface PollOptionsProps {
  poll: PollView
  selected: string[]
  /** False while the poll cannot take my vote (not open yet, or not my tier). */
  enabled: boolean
  onPick: (optionId: string) => void
}

/** The options as cards to tap: one (single choice) or up to maxChoices. */
export function PollOptions({ poll, selected, enabled, onPick }: PollOptionsProps) {
  return (
    <View className={`poll-options ${enabled ? '' : 'poll-options--off'}`}>
      {poll.options.map((o, i) => {
        const on = selected.includes(o.optionId)
        return (
          <View
            key={o.optionId}
            className={`poll-option ${on ? 'poll-option--on' : ''}`}
            data-option-id={o.optionId}
            onClick={enabled ? () => onPick(o.optionId) : undefined}
          >
            {o.image ? <Image className='poll-option__image' src={imageSrc(o.image)} mode='aspectFill' /> : <Text className='poll-option__no'>{String.fromCharCode(65 + i)}</Text>}
            <Text className='poll-option__label'>{o.label}</Text>
            <View className={`poll-option__mark ${poll.multiple ? 'poll-option__mark--multi' : ''}`}>
              {on ? <Text className='poll-option__tick'>✓</Text> : null}
            </View>
          </View>
        )
      })}
    </View>
  )
}
