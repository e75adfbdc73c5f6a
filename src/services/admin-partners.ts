import type { AdminPartnerView, EventDetail, EventInput, PartnerInput, PartnerInvitationView, PerkInput, PerkView } from '@shared/api'
import { invoke } from './api-client'

// 品牌管理 → 合作伙伴 and 线下活动: partners, their staff and invitations, perks on deals,
// events. Admin only (FORBIDDEN otherwise).

export async function listPartners(): Promise<AdminPartnerView[]> {
  return (await invoke('admin', 'listPartners', {})).items
}

export async function getPartner(partnerId: string): Promise<AdminPartnerView> {
  return (await invoke('admin', 'getPartner', { partnerId })).partner
}

/** Creates a partner (no partnerId) or updates one. */
export async function savePartner(input: PartnerInput): Promise<AdminPartnerView> {
  return (await invoke('admin', 'savePartner', input)).partner
}

/** A one-time invitation link and token; whoever opens it becomes staff of the partner. */
export async function invitePartnerStaff(partnerId: string): Promise<PartnerInvitationView> {
  return (await invoke('admin', 'invitePartnerStaff', { partnerId })).invitation
}

export async function removePartnerStaff(partnerId: string, openid: string): Promise<AdminPartnerView> {
  return (await invoke('admin', 'removePartnerStaff', { partnerId, openid })).partner
}

/** Attaches a perk to a deal (no perkId) or edits one. */
export async function savePerk(input: PerkInput): Promise<PerkView> {
  return (await invoke('admin', 'savePerk', input)).perk
}

/** Creates or edits any event: the brand's own (partnerId null) or a partner's. */
export async function saveAdminEvent(input: EventInput): Promise<EventDetail> {
  return (await invoke('admin', 'saveEvent', input)).event
}
