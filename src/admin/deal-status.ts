import type { AdminDealView } from '@shared/api'
import type { ChipTone } from '@/utils/order-status'

/** How the brand operator reads a deal's state: its listing status, then its sales phase. */
export function adminDealStatus(deal: Pick<AdminDealView, 'status' | 'phase'>): { label: string; tone: ChipTone } {
  if (deal.status === 'draft') return { label: '草稿', tone: 'plain' }
  if (deal.status === 'closed') return { label: '已下架', tone: 'plain' }
  switch (deal.phase) {
    case 'on_sale':
      return { label: '在售', tone: 'green' }
    case 'upcoming':
      return { label: '未开始', tone: 'amber' }
    case 'sold_out':
      return { label: '已售罄', tone: 'berry' }
    default:
      return { label: '已结束', tone: 'plain' }
  }
}

/** 上架 for a draft or a closed deal, 下架 for a listed one. */
export const nextListingStatus = (deal: Pick<AdminDealView, 'status'>): 'active' | 'closed' =>
  deal.status === 'active' ? 'closed' : 'active'
