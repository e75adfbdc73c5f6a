import { Button, Image, Text, View } from '@tarojs/components'
import type { ContestView } from '@shared/api'
import { Tag } from '@/components/tag'
import { canAward } from '@/admin/contest-award'
import { contestEditable } from '@/admin/contest-form'
import { imageSrc } from '@/services/images'
import { contestPeriodDetail, contestPhaseChip, contestRewardText } from '@/utils/contest-phase'

export interface AdminContestCardProps {
  contest: ContestView
  onOpen: (contestId: string) => void
  onEdit: (contest: ContestView) => void
  onJudge: (contest: ContestView) => void
}

/** A contest as the operator runs it: phase, entries, period and reward; 编辑 before the end, 评选 after it. */
export function AdminContestCard({ contest, onOpen, onEdit, onJudge }: AdminContestCardProps) {
  const chip = contestPhaseChip(contest.phase)
  const cover = imageSrc(contest.cover)
  return (
    <View className={`contest-admin-card contest-admin-card--${contest.phase}`} data-contest-id={contest.contestId}>
      <View className='contest-admin-card__top' onClick={() => onOpen(contest.contestId)}>
        {cover ? <Image className='contest-admin-card__cover' src={cover} mode='aspectFill' /> : <Text className='contest-admin-card__cover contest-admin-card__cover--none'>#</Text>}
        <View className='contest-admin-card__head'>
          <View className='contest-admin-card__tags'>
            <Tag tone={chip.tone}>{chip.label}</Tag>
            <Text className='contest-admin-card__topic'>#{contest.topic}</Text>
          </View>
          <Text className='contest-admin-card__title'>{contest.title}</Text>
        </View>
      </View>
      <View className='contest-admin-card__facts'>
        <Text className='contest-admin-card__fact'>{contestPeriodDetail(contest)}</Text>
        <Text className='contest-admin-card__fact'>
          {contestRewardText(contest.reward)} · {contest.maxWinners} 个名额
        </Text>
      </View>
      {contest.winners.length ? (
        <Text className='contest-admin-card__winners'>获奖：{contest.winners.map((w) => w.nickname).join('、')}</Text>
      ) : null}
      <View className='contest-admin-card__actions'>
        <Text className='contest-admin-card__entries'>{contest.entries} 篇作品</Text>
        <Button className='contest-admin-card__btn' onClick={() => onOpen(contest.contestId)}>
          查看
        </Button>
        {contestEditable(contest) ? (
          <Button className='contest-admin-card__btn contest-admin-card__edit' onClick={() => onEdit(contest)}>
            编辑
          </Button>
        ) : null}
        {canAward(contest) ? (
          <Button className='contest-admin-card__btn contest-admin-card__judge' onClick={() => onJudge(contest)}>
            评选
          </Button>
        ) : null}
      </View>
    </View>
  )
}
