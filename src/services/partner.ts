import type { EventCard, EventDetail, PerkView, VoucherView } from '@shared/api'
import { invoke } from './api-client'
import { askForSubscription, type ConsentAnswer } from './subscription-consent'

declare const WX_TMPL_VOUCHER_EXPIRING: string

// 合作伙伴 for members: 我的卡券 (vouchers a deal's perk gave), a deal's perks, 线下活动 and signing up.

export type VoucherTab = 'active' | 'used' | 'expired'
export type VoucherCounts = Record<VoucherTab, number>

/** 我的卡券 of one tab, newest first, with how many each tab holds. */
export function myVouchers(status: VoucherTab, cursor?: string): Promise<{ items: VoucherView[]; cursor?: string; counts: VoucherCounts; issuing: number }> {
  return invoke('partner', 'myVouchers', cursor ? { status, cursor } : { status })
}

export async function getVoucher(voucherId: string): Promise<VoucherView> {
  return (await invoke('partner', 'getVoucher', { voucherId })).voucher
}

/** The perks on a deal (买就送), with how many vouchers are left. */
export async function dealPerks(dealId: string): Promise<PerkView[]> {
  return (await invoke('partner', 'dealPerks', { dealId })).items
}

/** Published events: upcoming (soonest first), then past (latest first). */
export function listEvents(cursor?: string): Promise<{ items: EventCard[]; cursor?: string }> {
  return invoke('partner', 'listEvents', cursor ? { cursor } : {})
}

export async function getEvent(eventId: string): Promise<EventDetail> {
  return (await invoke('partner', 'getEvent', { eventId })).event
}

/** A seat while there is one, else the waitlist (the answer's signup says which). */
export async function signUp(eventId: string): Promise<EventDetail> {
  return (await invoke('partner', 'signUp', { eventId })).event
}

/** Gives up the seat (or the waitlist place); the first waitlisted member moves up. */
export async function cancelSignUp(eventId: string): Promise<EventDetail> {
  return (await invoke('partner', 'cancelSignUp', { eventId })).event
}

/**
 * 到期提醒: asks for consent to the voucher-expiring subscription message, first in the tap
 * (see askForSubscription). 'unavailable' without a template (h5, the local cloud: the
 * reminder goes to the outbox anyway).
 */
export function askForVoucherReminder(): Promise<ConsentAnswer> {
  // A build-time constant; absent outside a Taro build (unit tests).
  return askForSubscription(typeof WX_TMPL_VOUCHER_EXPIRING === 'string' ? WX_TMPL_VOUCHER_EXPIRING : '')
}
