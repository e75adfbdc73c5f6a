import type { AdminDistributorView, DistributorApplicationView, WithdrawalView } from '@shared/api'
import type { StatusChip } from '@/utils/order-status'
import { withdrawalChip } from '@/utils/withdrawal-status'

const APPLICATION: Record<DistributorApplicationView['status'], StatusChip> = {
  pending: { label: '待审核', tone: 'amber' },
  approved: { label: '已通过', tone: 'green' },
  rejected: { label: '未通过', tone: 'plain' },
}

export const applicationChip = (status: DistributorApplicationView['status']): StatusChip =>
  APPLICATION[status] ?? { label: status, tone: 'plain' }

export const distributorChip = (status: AdminDistributorView['status']): StatusChip =>
  status === 'active' ? { label: '正常', tone: 'green' } : { label: '已暂停', tone: 'berry' }

const SOURCE: Record<string, string> = { cocreator: '共创官', application: '申请通过', seed: '演示数据' }

/** How a distributor got their code, as the operator reads it. */
export const distributorSource = (source: string): string => SOURCE[source] ?? source

/** The withdrawal filters, in the order an operator works through them; undefined is 全部. */
export const WITHDRAWAL_FILTERS: (WithdrawalView['status'] | undefined)[] = [
  'pending_review',
  'approved',
  'awaiting_confirmation',
  'succeeded',
  'rejected',
  'failed',
  'cancelled',
  undefined,
]

export const withdrawalFilterLabel = (status: WithdrawalView['status'] | undefined): string =>
  status ? withdrawalChip(status).label : '全部'
