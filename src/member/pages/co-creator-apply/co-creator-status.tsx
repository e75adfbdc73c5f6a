import { Text, View } from '@tarojs/components'
import type { CoCreatorApplicationView } from '@shared/api'
import { ApplyStatus } from '@/components/apply-card'
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
  const approved = stage === 'approved'
  return (
    <ApplyStatus
      block='co-status'
      stage={stage}
      {...copy}
      text={stage === 'pending' && application ? `${formatDateTime(application.createdAt)} 提交 · 通过后立即获得专属分销码` : undefined}
      note={stage !== 'pending' && application?.note ? { text: `品牌说明：${application.note}`, tone: copy.tone === 'plain' ? 'berry' : copy.tone } : null}
      filed={application && !approved ? [`陈述：${application.statement}`, `擅长：${application.expertise.join('、')}`] : null}
      action={
        approved
          ? { text: '去团长中心分享', className: 'co-status__leader', onClick: onLeader }
          : stage === 'rejected' || stage === 'revoked'
            ? { text: '重新申请', className: 'co-status__reapply', onClick: onReapply }
            : null
      }
    >
      {approved ? (
        <View className='co-status__code'>
          <Text className='co-status__code-label'>你的分销码</Text>
          <Text className='co-status__code-value'>{code || '发放中，稍后刷新'}</Text>
          <Text className='co-status__code-text'>分享名片和海报时自动带上，好友下单成团你得 15% 佣金</Text>
        </View>
      ) : null}
    </ApplyStatus>
  )
}
