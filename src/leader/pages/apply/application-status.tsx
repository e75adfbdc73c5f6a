import type { DistributorApplicationView } from '@shared/api'
import { ApplyStatus } from '@/components/apply-card'
import { formatDateTime } from '@/utils/format'
import type { ApplyStage } from './application-form'

export interface ApplicationStatusProps {
  stage: Exclude<ApplyStage, 'form'>
  application: DistributorApplicationView | null
  onLeader: () => void
  onReapply: () => void
}

const COPY = {
  pending: { label: '审核中', title: '申请已提交，等待品牌审核', tone: 'amber' },
  approved: { label: '已通过', title: '你已经是原野生活团长了', tone: 'green' },
  rejected: { label: '未通过', title: '这次申请没有通过', tone: 'berry' },
  suspended: { label: '已暂停', title: '团长资格已暂停', tone: 'plain' },
} as const

function statusText(stage: ApplicationStatusProps['stage'], application: DistributorApplicationView | null): string | undefined {
  if (stage === 'pending') return application ? `${formatDateTime(application.createdAt)} 提交 · 通过后即可获得专属分销码` : undefined
  if (stage === 'approved') return '专属分销码已发放，去团长中心分享名片吧'
  if (stage === 'suspended') return '已有佣金照常结算，可在团长中心提现；如有疑问请联系品牌运营'
  return undefined
}

function brandNote(stage: ApplicationStatusProps['stage'], application: DistributorApplicationView | null) {
  if (stage === 'rejected') return { text: application?.note ? `品牌说明：${application.note}` : '品牌没有留下说明', tone: 'berry' as const }
  if (stage === 'approved' && application?.note) return { text: `品牌留言：${application.note}`, tone: 'green' as const }
  return null
}

/** Where the application stands, and the way on from there. */
export function ApplicationStatus({ stage, application, onLeader, onReapply }: ApplicationStatusProps) {
  const leader = stage === 'approved' || stage === 'suspended'
  return (
    <ApplyStatus
      block='application-status'
      stage={stage}
      {...COPY[stage]}
      text={statusText(stage, application)}
      note={brandNote(stage, application)}
      filed={application ? [`姓名：${application.realName}`, `理由：${application.reason}`] : null}
      action={
        leader
          ? { text: '去团长中心', className: 'application-status__leader', onClick: onLeader }
          : stage === 'rejected'
            ? { text: '重新申请', className: 'application-status__reapply', onClick: onReapply }
            : null
      }
    />
  )
}
