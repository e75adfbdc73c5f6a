import type { GetDealOutput, ListDealsOutput } from '@shared/api'
import { invoke } from './api-client'

export function listDeals(cursor?: string): Promise<ListDealsOutput> {
  return invoke('groupbuy', 'listDeals', cursor ? { cursor } : {})
}

export function getDeal(dealId: string): Promise<GetDealOutput> {
  return invoke('groupbuy', 'getDeal', { dealId })
}
