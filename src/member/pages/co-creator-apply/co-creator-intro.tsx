import { Text, View } from '@tarojs/components'

const POINTS = [
  { key: 'create', title: '参与新品共创', text: '试吃样品、发起和参与投票、给配方提建议，你的意见决定下一款新品' },
  { key: 'code', title: '专属分销码', text: '审核通过立即获得，分享的名片和海报都带着它，好友打开即绑定' },
  { key: 'earn', title: '15% 分享佣金', text: '好友通过你下单并成团，你得实付金额的 15%，售后期满可提现' },
]

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
