import { Text, View } from '@tarojs/components'
import { POST_TOPICS } from '@/constants/post-topics'

export interface TopicPickerProps {
  value: string | null
  onChange: (topic: string | null) => void
}

/** One topic for the post, or none; tap the chosen one again to clear it. */
export function TopicPicker({ value, onChange }: TopicPickerProps) {
  return (
    <View className='topic-picker'>
      {POST_TOPICS.map((topic) => {
        const on = topic === value
        return (
          <Text
            key={topic}
            className={`topic-picker__chip ${on ? 'topic-picker__chip--on' : ''}`}
            data-topic={topic}
            onClick={() => onChange(on ? null : topic)}
          >
            # {topic}
          </Text>
        )
      })}
    </View>
  )
}
