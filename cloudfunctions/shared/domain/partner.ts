/**
 * Partners (合作伙伴): perks, vouchers and offline events. Pure: `now` and the
 * stored values are passed in.
 */
import type { Tier } from './growth';
import { tierAtLeast } from './poll';

export type PartnerKind = 'yoga' | 'cafe' | 'supplier' | 'nutritionist' | 'other';

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  yoga: '瑜伽馆',
  cafe: '咖啡馆',
  supplier: '供应商',
  nutritionist: '营养师',
  other: '其他',
};

/**
 * A voucher's life: pending (being issued; nobody sees it) → active (未使用) →
 * used (已使用) or expired (已过期); withdrawn when its order was refunded while
 * it was unused. Lapsed: its order came after the perk ran out (or past the
 * member's limit): no voucher, kept so the order is not tried again.
 */
export type VoucherStatus = 'active' | 'used' | 'expired' | 'withdrawn';
export type VoucherDocStatus = VoucherStatus | 'pending' | 'lapsed';

/** Days after issue (to the end of that Asia/Shanghai day), or until a fixed time. */
export type PerkValidity = { mode: 'days'; days: number } | { mode: 'until'; until: string };

/** waitlist → going (a seat) → attended (checked in); cancelled by the member (or the event). */
export type SignupStatus = 'going' | 'waitlist' | 'attended' | 'cancelled';

/** not_open: sign-up opens later; open: sign-up open, before the start; ongoing; ended; cancelled. */
export type EventPhase = 'not_open' | 'open' | 'ongoing' | 'ended' | 'cancelled';

/** How long an invitation link works. */
export const INVITATION_HOURS = 72;
/** An invitation as its link shows it: open to accept, already used (by anyone), or past its time. */
export type InvitationStatus = 'open' | 'used' | 'expired';

export function invitationStatus(invite: { usedBy: string | null; expiresAt: Date }, now: Date): InvitationStatus {
  if (invite.usedBy) return 'used';
  return invite.expiresAt.getTime() <= now.getTime() ? 'expired' : 'open';
}

/** Members are reminded of an unused voucher this long before it expires. */
export const VOUCHER_REMINDER_DAYS = 3;

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/**
 * When a voucher issued at `issuedAt` expires: for `days`, the end of the
 * Asia/Shanghai day `days` days after issue (a voucher issued on the 1st for 30
 * days works through the 31st); for `until`, that instant.
 */
export function voucherExpiry(validity: PerkValidity, issuedAt: Date): Date {
  if (validity.mode === 'until') return new Date(validity.until);
  const localMidnight = Math.floor((issuedAt.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS;
  return new Date(localMidnight - SHANGHAI_OFFSET_MS + (validity.days + 1) * DAY_MS);
}

/** What the member sees: an active voucher past its expiry is expired even before the timer marks it. */
export function voucherStatusAt(status: VoucherStatus, expiresAt: Date | null, now: Date): VoucherStatus {
  if (status === 'active' && expiresAt && expiresAt.getTime() <= now.getTime()) return 'expired';
  return status;
}

/** Redeemed / issued, 0 when none were issued. */
export function redemptionRate(issued: number, redeemed: number): number {
  return issued > 0 ? Math.min(1, redeemed / issued) : 0;
}

export interface EventTimes {
  status: 'published' | 'cancelled';
  startAt: Date;
  endAt: Date;
  signupOpensAt: Date;
}

export function eventPhase(event: EventTimes, now: Date): EventPhase {
  if (event.status === 'cancelled') return 'cancelled';
  const t = now.getTime();
  if (t >= event.endAt.getTime()) return 'ended';
  if (t >= event.startAt.getTime()) return 'ongoing';
  if (t < event.signupOpensAt.getTime()) return 'not_open';
  return 'open';
}

/** Until when a gate holds (signupOpensAt + hours); null without a gate. */
export function gateUntil(gate: { tier: Tier; hours: number } | null, signupOpensAt: Date): Date | null {
  return gate && gate.hours > 0 ? new Date(signupOpensAt.getTime() + gate.hours * 3_600_000) : null;
}

/** May a member of `tier` sign up now? Only while open; during the gate only gate.tier and above. */
export function signupRefusal(
  event: EventTimes & { gate: { tier: Tier; hours: number } | null },
  tier: Tier,
  now: Date,
): { code: 'DEAL_NOT_ACTIVE' | 'FORBIDDEN'; message: string } | null {
  const phase = eventPhase(event, now);
  if (phase === 'not_open') return { code: 'DEAL_NOT_ACTIVE', message: '活动报名还没开始' };
  if (phase !== 'open') return { code: 'DEAL_NOT_ACTIVE', message: phase === 'cancelled' ? '活动已取消' : '活动报名已结束' };
  const until = gateUntil(event.gate, event.signupOpensAt);
  if (event.gate && until && now < until && !tierAtLeast(tier, event.gate.tier)) {
    return { code: 'FORBIDDEN', message: `${TIER_NAMES[event.gate.tier]}优先报名中，其他会员稍后开放` };
  }
  return null;
}

const TIER_NAMES: Record<Tier, string> = { explorer: '探索者', officer: '体验官', cocreator: '共创官' };
