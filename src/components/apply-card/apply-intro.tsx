import { Text, View } from '@tarojs/components'

export interface ApplyIntroPoint {
  key: string
  title: string
  text: string
}

export interface ApplyIntroProps {
  /** The page's BEM block (`${block}__kicker`, `${block}__point--${key}` …); styled by the apply-intro mixin. */
  block: string
  kicker: string
  title: string
  points: readonly ApplyIntroPoint[]
}

/** The banner above an application: what the role is, and what it gets. */
export function ApplyIntro({ block, kicker, title, points }: ApplyIntroProps) {
  return (
    <View className={block}>
      <Text className={`${block}__kicker`}>{kicker}</Text>
      <Text className={`${block}__title`}>{title}</Text>
      <View className={`${block}__points`}>
        {points.map((p) => (
          <View key={p.key} className={`${block}__point ${block}__point--${p.key}`}>
            <View className={`${block}__dot`} />
            <View className={`${block}__text`}>
              <Text className={`${block}__point-title`}>{p.title}</Text>
              <Text className={`${block}__point-text`}>{p.text}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}
