import { Text, View } from '@tarojs/components'
import { CO_CREATOR_PROMISES as POINTS } from './co-creator-promises'

/** What a 共创官 is and gets. */
export function CoCreatorIntro() {
  return (
    <View className='co-intro'>
      <Text className='co-intro__kicker'>原野生活 · 共创官计划</Text>
      <Text className='co-intro__title'>一起做大家真正想吃的好东西</Text>
      <View className='co-intro__points'>
        {POINTS.map((p) => (
          <View key={p.key} className={`co-intro__point co-intro__point--${p.key}`}>
            <View className='co-intro__dot' />
            <View className='co-intro__text'>
              <Text className='co-intro__point-title'>{p.title}</Text>
              <Text className='co-intro__point-text'>{p.text}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}
