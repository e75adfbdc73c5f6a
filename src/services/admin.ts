import type {
  AdminDealView,
  AdminDistributorView,
  AdminGroupView,
  AdminWithdrawalView,
  CategoryView,
  DealDraft,
  DistributionSettings,
  DistributorApplicationView,
  GroupStatus,
  ReconciliationView,
  WithdrawalView,
} from '@shared/api'
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

/** 商品分类: the brand's categories, in their order. */
export async function adminCategories(): Promise<{ items: CategoryView[] }> {
  return invoke('admin', 'categories', {})
}

/** Adds a category (no id) or renames / reorders one. */
export async function saveCategory(input: { categoryId?: string; name: string; order?: number }): Promise<CategoryView> {
  return (await invoke('admin', 'saveCategory', input)).category
}

export async function deleteCategory(categoryId: string): Promise<void> {
  await invoke('admin', 'deleteCategory', { categoryId })
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

// 分销 (distribution): applications, distributors, withdrawals and settings.

type ApplicationStatus = DistributorApplicationView['status']

export async function distributorApplications(status?: ApplicationStatus): Promise<DistributorApplicationView[]> {
  return (await invoke('admin', 'distributorApplications', status ? { status } : {})).items
}

/** Approve (a code is issued at once) or reject, with a note the applicant sees. */
export async function reviewDistributorApplication(openid: string, approve: boolean, note = ''): Promise<DistributorApplicationView> {
  return (await invoke('admin', 'reviewDistributorApplication', { openid, approve, ...(note ? { note } : {}) })).application
}

export function listDistributors(cursor?: string): Promise<{ items: AdminDistributorView[]; cursor?: string }> {
  return invoke('admin', 'distributors', cursor ? { cursor } : {})
}

/** 暂停 (no new bindings or commission) or 恢复 a distributor. */
export async function setDistributorStatus(openid: string, status: 'active' | 'suspended'): Promise<AdminDistributorView> {
  return (await invoke('admin', 'setDistributorStatus', { openid, status })).distributor
}

export function listWithdrawals(
  status?: WithdrawalView['status'],
  cursor?: string,
): Promise<{ items: AdminWithdrawalView[]; cursor?: string }> {
  return invoke('admin', 'withdrawals', { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) })
}

/** Approve (the transfer starts at once) or reject (the amount goes back to the balance). */
export async function reviewWithdrawal(withdrawalId: string, approve: boolean, note = ''): Promise<AdminWithdrawalView> {
  return (await invoke('admin', 'reviewWithdrawal', { withdrawalId, approve, ...(note ? { note } : {}) })).withdrawal
}

/** The ledger reconciliation reports, newest first (wallets whose figures differ from their entries). */
export function listReconciliations(cursor?: string): Promise<{ items: ReconciliationView[]; cursor?: string }> {
  return invoke('admin', 'reconciliations', cursor ? { cursor } : {})
}

export function distributionSettings(): Promise<DistributionSettings> {
  return invoke('admin', 'distributionSettings', {})
}

export function saveDistributionSettings(settings: DistributionSettings): Promise<DistributionSettings> {
  return invoke('admin', 'saveDistributionSettings', settings)
}
