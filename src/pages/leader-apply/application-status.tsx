import { Button, Text, View } from '@tarojs/components'
import type { DistributorApplicationView } from '@shared/api'
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

/** Where the application stands, and the way on from there. */
export function ApplicationStatus({ stage, application, onLeader, onReapply }: ApplicationStatusProps) {
  const copy = COPY[stage]
  return (
    <View className={`application-status application-status--${stage}`}>
      <Text className={`application-status__label application-status__label--${copy.tone}`}>{copy.label}</Text>
      <Text className='application-status__title'>{copy.title}</Text>
      {stage === 'pending' && application ? (
        <Text className='application-status__text'>{formatDateTime(application.createdAt)} 提交 · 通过后即可获得专属分销码</Text>
      ) : null}
      {stage === 'approved' ? <Text className='application-status__text'>专属分销码已发放，去团长中心分享名片吧</Text> : null}
      {stage === 'approved' && application?.note ? <Text className='application-status__welcome'>品牌留言：{application.note}</Text> : null}
      {stage === 'rejected' ? (
        <Text className='application-status__note'>{application?.note ? `品牌说明：${application.note}` : '品牌没有留下说明'}</Text>
      ) : null}
      {stage === 'suspended' ? <Text className='application-status__text'>已有佣金照常结算，可在团长中心提现；如有疑问请联系品牌运营</Text> : null}
      {application ? (
        <View className='application-status__filed'>
          <Text className='application-status__filed-line'>姓名：{application.realName}</Text>
          <Text className='application-status__filed-line'>理由：{application.reason}</Text>
        </View>
      ) : null}
      {stage === 'approved' || stage === 'suspended' ? (
        <Button className='application-status__action application-status__leader' onClick={onLeader}>
          去团长中心
        </Button>
      ) : null}
      {stage === 'rejected' ? (
        <Button className='application-status__action application-status__reapply' onClick={onReapply}>
          重新申请
        </Button>
      ) : null}
    </View>
  )
}
