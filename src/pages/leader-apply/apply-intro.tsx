import { Text, View } from '@tarojs/components'

const POINTS = [
  { key: 'earn', title: '分享赚 15% 佣金', text: '好友通过你的名片或海报下单，成团后你得实付金额的 15%' },
  { key: 'settle', title: '7 天售后期后结算', text: '成团 7 天后佣金转为可提现，随时提到微信零钱' },
  { key: 'code', title: '专属分销码', text: '审核通过即得专属码，名片和海报都带着它，好友打开即绑定' },
]

/** What a 团长 does and earns, before the form. */
export function ApplyIntro() {
  return (
    <View className='apply-intro'>
      <Text className='apply-intro__kicker'>原野生活 · 社群团长</Text>
      <Text className='apply-intro__title'>把好物分享给邻居，一起拼，一起赚</Text>
      <View className='apply-intro__points'>
        {POINTS.map((p) => (
          <View key={p.key} className={`apply-intro__point apply-intro__point--${p.key}`}>
            <View className='apply-intro__dot' />
            <View className='apply-intro__text'>
              <Text className='apply-intro__point-title'>{p.title}</Text>
              <Text className='apply-intro__point-text'>{p.text}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}
