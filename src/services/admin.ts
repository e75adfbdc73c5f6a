import type { AdminDealView, AdminGroupView, DealDraft, GroupStatus } from '@shared/api'
import { invoke } from './api-client'

/** The brand operator's side of deals. Every call answers FORBIDDEN to anyone but an admin. */
export function listAdminDeals(cursor?: string): Promise<{ items: AdminDealView[]; cursor?: string }> {
  return invoke('admin', 'listDeals', cursor ? { cursor } : {})
}

export function getAdminDeal(dealId: string): Promise<{ deal: AdminDealView; draft: DealDraft }> {
  return invoke('admin', 'getDeal', { dealId })
}

/** Creates a deal (no id) or updates one. */
export async function saveDeal(draft: DealDraft, dealId?: string): Promise<AdminDealView> {
  return (await invoke('admin', 'saveDeal', dealId ? { dealId, draft } : { draft })).deal
}

export async function setDealStatus(dealId: string, status: 'active' | 'closed'): Promise<AdminDealView> {
  return (await invoke('admin', 'setDealStatus', { dealId, status })).deal
}

export function dealGroups(
  dealId: string,
  status?: GroupStatus,
  cursor?: string,
): Promise<{ items: AdminGroupView[]; cursor?: string }> {
  return invoke('admin', 'dealGroups', { dealId, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) })
}
