import type { CodeLookupView, EventDetail, EventInput, InvitationPreview, PartnerConsoleView, PartnerView, StaffTicketView, StaffVoucherView } from '@shared/api'
import { invoke } from './api-client'

// 合作伙伴 staff: the console (核销 vouchers, check attendees in, figures), joining by
// invitation, and their own partner's events. FORBIDDEN for callers who serve no partner.

/** What a scanned token or a typed 6-digit code stands for: a voucher or an event ticket. */
export function lookupCode(code: string): Promise<CodeLookupView> {
  return invoke('partner', 'lookupCode', { code })
}

/** 核销 a voucher: once, only at its own partner, only while valid. */
export async function redeemVoucher(code: string): Promise<StaffVoucherView> {
  return (await invoke('partner', 'redeemVoucher', { code })).voucher
}

/** 签到 an attendee by their ticket code (attendance grants growth once). */
export async function checkInAttendee(code: string): Promise<StaffTicketView> {
  return (await invoke('partner', 'checkInAttendee', { code })).ticket
}

/** The partner's figures, recent redemptions and events; the brand passes the partner. */
export function partnerConsole(partnerId?: string): Promise<PartnerConsoleView> {
  return invoke('partner', 'partnerConsole', partnerId ? { partnerId } : {})
}

/** The partners the caller serves (empty for everyone else). */
export async function myPartners(): Promise<PartnerView[]> {
  return (await invoke('partner', 'myPartners', {})).items
}

/** Becomes staff of the invitation's partner (the token then stops working). */
export async function acceptInvitation(token: string): Promise<PartnerView> {
  return (await invoke('partner', 'acceptInvitation', { token })).partner
}

/** Creates or edits an event of one of the caller's partners. */
export async function saveStaffEvent(input: EventInput): Promise<EventDetail> {
  return (await invoke('partner', 'saveEvent', input)).event
}

/** Whose staff an invitation makes you, until when, and whether it still works (reads only). */
export function previewInvitation(token: string): Promise<InvitationPreview> {
  return invoke('partner', 'previewInvitation', { token })
}
