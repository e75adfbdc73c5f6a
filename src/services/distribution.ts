import type { CommissionView, CustomerView, DistributorApplicationView, DistributorSummary, WithdrawalView } from '@shared/api'
import type { Fen } from '@shared/domain/money'
import { invoke } from './api-client'

// 分销: the caller's side of distribution codes, binding, commission and withdrawals.

/** One page of a list; `cursor` asks for the next one. */
export interface Page<T> {
  items: T[]
  cursor?: string
}

const page = (cursor?: string) => (cursor ? { cursor } : {})

/** The caller's own distribution code (FORBIDDEN unless they are an active distributor). */
export async function myCode(): Promise<string> {
  return (await invoke('distribution', 'myCode', {})).code
}

/** Binds the caller to the distributor behind a card's code; `bound` is false when refused. */
export function bind(code: string): Promise<{ bound: boolean; distributor: { nickname: string; avatar: string } | null }> {
  return invoke('distribution', 'bind', { code })
}

/** 团长中心's figures: pending, available and withdrawn commission, and when frozen amounts unfreeze. */
export function summary(): Promise<DistributorSummary> {
  return invoke('distribution', 'summary', {})
}

export function commissions(cursor?: string): Promise<Page<CommissionView>> {
  return invoke('distribution', 'commissions', page(cursor))
}

export function customers(cursor?: string): Promise<Page<CustomerView>> {
  return invoke('distribution', 'customers', page(cursor))
}

export function withdrawals(cursor?: string): Promise<Page<WithdrawalView>> {
  return invoke('distribution', 'withdrawals', page(cursor))
}

/** `requestId`: one per confirmed tap, so a retried call is the same withdrawal. */
export function withdraw(amountFen: Fen, requestId: string): Promise<{ withdrawalId: string; status: WithdrawalView['status'] }> {
  return invoke('distribution', 'withdraw', { amountFen, requestId })
}

/** After the user confirmed a transfer: the withdrawal as it stands now. */
export async function refreshWithdrawal(withdrawalId: string): Promise<WithdrawalView> {
  return (await invoke('distribution', 'refreshWithdrawal', { withdrawalId })).withdrawal
}

/** 申请成为团长. */
export async function apply(realName: string, reason: string): Promise<DistributorApplicationView['status']> {
  return (await invoke('distribution', 'apply', { realName, reason })).status
}

export function application(): Promise<{ application: DistributorApplicationView | null; isDistributor: boolean }> {
  return invoke('distribution', 'application', {})
}
