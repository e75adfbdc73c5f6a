import { Text, View } from '@tarojs/components'
import type { ContestView } from '@shared/api'
import { POST_TOPICS } from '@/constants/post-topics'

export interface TopicPickerProps {
  value: string | null
  onChange: (topic: string | null) => void
  /** Contests taking entries now: their topics come first, and choosing one enters the post. */
  contests?: ContestView[]
}

/** One topic for the post, or none; tap the chosen one again to clear it. */
export function TopicPicker({ value, onChange, contests = [] }: TopicPickerProps) {
  const contestTopics = contests.map((c) => c.topic)
  const topics = [...new Set([...contestTopics, ...POST_TOPICS])]
  const entering = contests.find((c) => c.topic === value)
  return (
    <View className='topic-picker'>
      {topics.map((topic) => {
        const on = topic === value
        return (
          <Text
            key={topic}
            className={`topic-picker__chip ${on ? 'topic-picker__chip--on' : ''}`}
            data-topic={topic}
            onClick={() => onChange(on ? null : topic)}
          >
            # {topic}
            {contestTopics.includes(topic) ? <Text className='topic-picker__tag'>征集中</Text> : null}
          </Text>
        )
      })}
      {entering ? (
        <Text className='topic-picker__note' data-contest-id={entering.contestId}>
          带这个话题发布，通过审核即参加「{entering.title}」
        </Text>
      ) : null}
    </View>
  )
}
