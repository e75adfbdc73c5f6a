import { Button, Text, View } from '@tarojs/components'
import type { DistributorSummary } from '@shared/api'
import { Avatar } from '@/components/avatar'
import { formatPercent } from '@/utils/format'
import './leader-card.scss'

const IS_H5 = process.env.TARO_ENV === 'h5'

export interface LeaderCardProps {
  summary: DistributorSummary
  nickname: string
  avatar: string
  onCopy: () => void
  /** h5: copy the card's link (in WeChat the button opens the share panel itself). */
  onShareLink: () => void
  onPoster: () => void
}

/** The leader's card: who, the distribution code (big, copyable), and the ways to share it. */
export function LeaderCard({ summary, nickname, avatar, onCopy, onShareLink, onPoster }: LeaderCardProps) {
  const suspended = summary.status === 'suspended'
  return (
    <View className={`leader-card ${suspended ? 'leader-card--suspended' : ''}`}>
      <View className='leader-card__top'>
        <Avatar src={avatar} name={nickname || '团'} size='lg' className='leader-card__avatar' />
        <View className='leader-card__who'>
          <Text className='leader-card__name'>{nickname || '团长'}</Text>
          <Text className='leader-card__role'>原野生活团长 · 佣金 {formatPercent(summary.rateBps)}</Text>
          {suspended ? <Text className='leader-card__paused'>团长资格已暂停</Text> : null}
        </View>
      </View>
      <View className='leader-card__code-box' onClick={onCopy}>
        <View className='leader-card__code-text'>
          <Text className='leader-card__code-label'>我的分销码</Text>
          <Text className='leader-centre__code'>{summary.code}</Text>
        </View>
        <Text className='leader-card__copy'>复制</Text>
      </View>
      {suspended ? (
        <Text className='leader-card__notice'>名片暂不绑定新客户，之后的订单也不产生佣金。已有佣金照常结算和提现，如有疑问请联系品牌。</Text>
      ) : (
        <View className='leader-card__actions'>
          <Button
            className='leader-card__btn leader-card__share'
            openType={IS_H5 ? undefined : 'share'}
            onClick={IS_H5 ? onShareLink : undefined}
          >
            分享名片
          </Button>
          <Button className='leader-card__btn leader-card__poster' onClick={onPoster}>
            生成海报
          </Button>
        </View>
      )}
    </View>
  )
}
