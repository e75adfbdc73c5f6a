import { Button, Text, View } from '@tarojs/components'
import type { CoCreatorApplicationView } from '@shared/api'
import { formatDateTime } from '@/utils/format'
import type { CoCreatorStage } from './co-creator-form'

export interface CoCreatorStatusProps {
  stage: Exclude<CoCreatorStage, 'form' | 'locked'>
  application: CoCreatorApplicationView | null
  code: string | null
  onLeader: () => void
  onReapply: () => void
}

const COPY = {
  pending: { label: '审核中', title: '申请已提交，等待品牌审核', tone: 'amber' },
  approved: { label: '已通过', title: '欢迎你，原野生活共创官', tone: 'green' },
  rejected: { label: '未通过', title: '这次申请没有通过', tone: 'berry' },
  revoked: { label: '已撤销', title: '共创官资格已撤销', tone: 'plain' },
} as const

/** Where the application stands, and the way on from there. */
export function CoCreatorStatus({ stage, application, code, onLeader, onReapply }: CoCreatorStatusProps) {
  const copy = COPY[stage]
  return (
    <View className={`co-status co-status--${stage}`}>
      <Text className={`co-status__label co-status__label--${copy.tone}`}>{copy.label}</Text>
      <Text className='co-status__title'>{copy.title}</Text>
      {stage === 'pending' && application ? (
        <Text className='co-status__text'>{formatDateTime(application.createdAt)} 提交 · 通过后立即获得专属分销码</Text>
      ) : null}
      {stage === 'approved' ? (
        <View className='co-status__code'>
          <Text className='co-status__code-label'>你的分销码</Text>
          <Text className='co-status__code-value'>{code || '发放中，稍后刷新'}</Text>
          <Text className='co-status__code-text'>分享名片和海报时自动带上，好友下单成团你得 15% 佣金</Text>
        </View>
      ) : null}
      {(stage === 'rejected' || stage === 'revoked' || stage === 'approved') && application?.note ? (
        <Text className={`co-status__note co-status__note--${copy.tone}`}>品牌说明：{application.note}</Text>
      ) : null}
      {application && stage !== 'approved' ? (
        <View className='co-status__filed'>
          <Text className='co-status__filed-line'>陈述：{application.statement}</Text>
          <Text className='co-status__filed-line'>擅长：{application.expertise.join('、')}</Text>
        </View>
      ) : null}
      {stage === 'approved' ? (
        <Button className='co-status__action co-status__leader' onClick={onLeader}>
          去团长中心分享
        </Button>
      ) : null}
      {stage === 'rejected' || stage === 'revoked' ? (
        <Button className='co-status__action co-status__reapply' onClick={onReapply}>
          重新申请
        </Button>
      ) : null}
    </View>
  )
}
