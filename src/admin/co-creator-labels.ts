import type { CoCreatorApplicationView } from '@shared/api'
import type { StatusChip } from '@/utils/order-status'

const CHIP: Record<CoCreatorApplicationView['status'], StatusChip> = {
  pending: { label: '待审核', tone: 'amber' },
  approved: { label: '已通过', tone: 'green' },
  rejected: { label: '未通过', tone: 'plain' },
  revoked: { label: '已撤销', tone: 'berry' },
}

export const coCreatorChip = (status: CoCreatorApplicationView['status']): StatusChip => CHIP[status] ?? { label: status, tone: 'plain' }

/** The queue's filters, in the order an operator works through them; undefined is 全部. */
export const CO_CREATOR_FILTERS: (CoCreatorApplicationView['status'] | undefined)[] = ['pending', 'approved', 'rejected', 'revoked', undefined]
