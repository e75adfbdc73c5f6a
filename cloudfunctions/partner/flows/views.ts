import type { PartnerView, PerkView, StaffVoucherView, VoucherView } from '../../shared/api';
import type { DealDoc, PartnerDoc, PerkDoc, VoucherDoc } from '../../shared/model';
import { voucherStatusAt, VoucherStatus } from '../../shared/domain/partner';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : '');

export function partnerView(p: PartnerDoc): PartnerView {
  return { partnerId: p._id, name: p.name, kind: p.kind, address: p.address, location: p.location, hours: p.hours, logo: p.logo, intro: p.intro, phone: p.phone };
}

export function perkView(perk: PerkDoc, deal: DealDoc | undefined, partner: PartnerDoc): PerkView {
  return {
    perkId: perk._id,
    dealId: perk.dealId,
    dealTitle: deal?.title ?? '',
    partner: partnerView(partner),
    service: perk.service,
    terms: perk.terms,
    total: perk.total,
    issued: perk.issued,
    left: Math.max(0, perk.total - perk.issued),
    validity: perk.validity,
    perMember: perk.perMember,
    active: perk.active,
  };
}

/** What the member sees now: an active voucher past its expiry reads 已过期 before the timer marks it. */
export function shownStatus(v: VoucherDoc, now: Date): VoucherStatus {
  return voucherStatusAt(v.status as VoucherStatus, v.expiresAt ? new Date(v.expiresAt) : null, now);
}

/** The owner's voucher: its QR token and short code only while it can still be redeemed. */
export function voucherView(v: VoucherDoc, perk: PerkDoc, deal: DealDoc | undefined, partner: PartnerDoc, now: Date): VoucherView {
  const status = shownStatus(v, now);
  const usable = status === 'active';
  return {
    voucherId: v._id,
    perkId: v.perkId,
    orderId: v.orderId,
    service: perk.service,
    terms: perk.terms,
    dealTitle: deal?.title ?? '',
    partner: partnerView(partner),
    status,
    issuedAt: iso(v.issuedAt),
    expiresAt: iso(v.expiresAt),
    usedAt: iso(v.usedAt),
    token: usable ? v.token ?? '' : '',
    code: usable ? v.short ?? '' : '',
  };
}

export function staffVoucherView(v: VoucherDoc, perk: PerkDoc | null, deal: DealDoc | null, partner: PartnerDoc | null, nickname: string, now: Date): StaffVoucherView {
  return {
    voucherId: v._id,
    service: perk?.service ?? '',
    dealTitle: deal?.title ?? '',
    partnerName: partner?.name ?? '',
    memberNickname: nickname,
    status: shownStatus(v, now),
    expiresAt: iso(v.expiresAt),
    usedAt: iso(v.usedAt),
  };
}
