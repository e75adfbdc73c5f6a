import { Text, View } from '@tarojs/components'
import type { MeOutput } from '@shared/api'
import { Avatar } from '@/components/avatar'
import { TierBadge } from '@/components/tier-badge'
import { openCoCreatorApply, openProfileEdit, openRewards } from '@/routes'
import { tierLabel } from '@/utils/tier'
import { tierProgress } from '@/utils/tier-progress'
import './member-card.scss'

/** The member card: picture and name (a tap opens 编辑资料), tier badge, growth and points, and the way to the next tier. */
export function MeHeader({ me }: { me: MeOutput }) {
  const progress = tierProgress(me)
  return (
    <View className={`member-card member-card--${me.tier}`}>
      <View className='member-card__row' onClick={openProfileEdit}>
        <Avatar src={me.avatar} name={me.nickname} size='lg' className='member-card__avatar' />
        <View className='member-card__who'>
          <Text className='member-card__name'>{me.nickname}</Text>
          <Text className='member-card__edit'>{me.avatar ? '编辑头像昵称 ›' : '设置头像和昵称 ›'}</Text>
          <View className='member-card__badges'>
            <TierBadge tier={me.tier} />
            {me.isAdmin ? <Text className='member-card__admin'>品牌管理员</Text> : null}
          </View>
        </View>
      </View>
      <View className='member-card__stats'>
        <Stat value={me.growth} label='成长值' name='growth' />
        <Stat value={me.points} label='积分 · 兑换 ›' name='points' onOpen={openRewards} />
      </View>
      <View className='member-card__progress'>
        <View className='member-card__progress-head'>
          <Text className='member-card__progress-from'>{tierLabel(me.tier)}</Text>
          {progress.figure ? <Text className='member-card__progress-figure'>{progress.figure}</Text> : null}
          <Text className='member-card__progress-to'>{me.nextTier ? tierLabel(me.nextTier) : '最高等级'}</Text>
        </View>
        <View className='member-card__bar'>
          <View className='member-card__bar-fill' style={{ width: `${Math.round(progress.ratio * 100)}%` }} />
        </View>
        <Text className='member-card__progress-text'>{progress.text}</Text>
        {progress.canApply ? (
          <Text className='member-card__apply' onClick={openCoCreatorApply}>
            申请成为共创官 ›
          </Text>
        ) : null}
        {me.tier === 'cocreator' && me.distributorCode ? (
          <View className='member-card__code'>
            <Text className='member-card__code-label'>我的分销码</Text>
            <Text className='member-card__code-value'>{me.distributorCode}</Text>
          </View>
        ) : null}
      </View>
    </View>
  )
}

function Stat({ value, label, name, onOpen }: { value: number; label: string; name: string; onOpen?: () => void }) {
  return (
    <View className={`member-card__stat member-card__stat--${name}`} onClick={onOpen}>
      <Text className='member-card__stat-value'>{value}</Text>
      <Text className='member-card__stat-label'>{label}</Text>
    </View>
  )
}
