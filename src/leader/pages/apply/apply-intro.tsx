import { ApplyIntro as Intro } from '@/components/apply-card'

const POINTS = [
  { key: 'earn', title: '分享赚 15% 佣金', text: '好友通过你的名片或海报下单，成团后你得实付金额的 15%' },
  { key: 'settle', title: '7 天售后期后结算', text: '成团 7 天后佣金转为可提现，随时提到微信零钱' },
  { key: 'code', title: '专属分销码', text: '审核通过即得专属码，名片和海报都带着它，好友打开即绑定' },
]

/** What a 团长 does and earns, before the form. */
export function ApplyIntro() {
  return <Intro block='apply-intro' kicker='原野生活 · 社群团长' title='把好物分享给邻居，一起拼，一起赚' points={POINTS} />
}
