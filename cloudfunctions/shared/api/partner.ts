/**
 * The wire contract of partners (合作伙伴): local businesses that honour perks
 * (权益) bought with a deal, by redeeming the buyer's voucher (卡券), and host
 * offline events (线下活动) members sign up for and are checked in at.
 * Vouchers and event tickets are verification codes (shared/verify-codes.ts),
 * the same mechanism as pickup codes.
 */
import type { Tier } from '../domain/growth';
import type { PartnerKind, VoucherStatus, PerkValidity, SignupStatus, EventPhase, InvitationStatus } from '../domain/partner';

export type { PartnerKind, VoucherStatus, PerkValidity, SignupStatus, EventPhase, InvitationStatus } from '../domain/partner';

/** A partner as members see it (on a voucher, an event, a deal's perk). */
export interface PartnerView {
  partnerId: string;
  name: string;
  kind: PartnerKind;
  /** The full address, one line. */
  address: string;
  /** Optional coordinates for 导航 (Taro.openLocation); null when not set. */
  location: { latitude: number; longitude: number } | null;
  /** e.g. 周一至周日 9:00–21:00 */
  hours: string;
  /** A cloud file id or a bundled image path ('' when none). */
  logo: string;
  intro: string;
  /** A phone members may call ('' when none). */
  phone: string;
}

/** What the brand enters for a partner. */
export interface PartnerInput {
  partnerId?: string;
  name: string;
  kind: PartnerKind;
  address: string;
  location?: { latitude: number; longitude: number } | null;
  hours: string;
  logo: string;
  intro: string;
  phone: string;
  active: boolean;
}

/** Admin: a partner with its staff, open invitations and perks. */
export interface AdminPartnerView extends PartnerView {
  active: boolean;
  staff: { openid: string; nickname: string; avatar: string }[];
  /** Invitations not yet used and not expired. */
  invitations: PartnerInvitationView[];
  perks: PerkView[];
  createdAt: string;
}

/** A one-time invitation: the link (a page path with the token) and the token to type or paste. */
export interface PartnerInvitationView {
  token: string;
  /** The mini-program page that accepts it, e.g. partner/pages/join/index?token=… */
  path: string;
  expiresAt: string;
}

/** What the join page shows before 加入: whose staff the invitation makes you, until when, and whether it still works. */
export interface InvitationPreview {
  partner: PartnerView;
  expiresAt: string;
  status: InvitationStatus;
}

/** "Buy this deal → a voucher for <partner>'s <service>". */
export interface PerkInput {
  perkId?: string;
  dealId: string;
  partnerId: string;
  /** What the voucher is for, e.g. 一节瑜伽体验课 */
  service: string;
  /** What the member should know (预约方式, 注意事项); may be ''. */
  terms: string;
  /** Vouchers in all; never more are issued, under any concurrency. May be raised, never below those issued. */
  total: number;
  validity: PerkValidity;
  /** Vouchers one member may hold from this perk (issued or used; a withdrawn one gives its place back). */
  perMember: number;
  active: boolean;
}

/** A perk as members (the deal page) and the brand see it. */
export interface PerkView {
  perkId: string;
  dealId: string;
  dealTitle: string;
  partner: PartnerView;
  service: string;
  terms: string;
  total: number;
  /** Vouchers issued and not withdrawn (active, used or expired). */
  issued: number;
  /** total - issued: 0 means 已领完 (the deal page says so). */
  left: number;
  validity: PerkValidity;
  perMember: number;
  active: boolean;
}

/** A voucher as its owner sees it (我的卡券 and its detail). */
export interface VoucherView {
  voucherId: string;
  perkId: string;
  orderId: string;
  service: string;
  terms: string;
  dealTitle: string;
  partner: PartnerView;
  status: VoucherStatus;
  issuedAt: string;
  /** '' when it never expires. */
  expiresAt: string;
  usedAt: string;
  /** Only while unused and valid: the QR payload (token) and the 6-digit code to type; '' otherwise. */
  token: string;
  code: string;
}

/** Partner staff: what a scanned or typed code stands for, before confirming. */
export type CodeLookupView =
  | { kind: 'voucher'; voucher: StaffVoucherView }
  | { kind: 'ticket'; ticket: StaffTicketView };

export interface StaffVoucherView {
  voucherId: string;
  service: string;
  dealTitle: string;
  partnerName: string;
  memberNickname: string;
  status: VoucherStatus;
  expiresAt: string;
  usedAt: string;
}

export interface StaffTicketView {
  eventId: string;
  eventTitle: string;
  startAt: string;
  memberNickname: string;
  memberAvatar: string;
  /** going (not yet in), attended (checked in), cancelled. */
  status: SignupStatus;
  checkedInAt: string;
}

/** Partner console figures, from records (all time, and this Asia/Shanghai month). */
export interface PartnerFigures {
  vouchersIssued: number;
  vouchersRedeemed: number;
  /** Redeemed / issued, 0..1 (0 when none issued). */
  redemptionRate: number;
  /** Members whose first visit (a redemption or an event check-in) was here. */
  newVisitors: number;
  newVisitorsThisMonth: number;
  events: number;
  /** Check-ins at this partner's events / sign-ups (going or attended) of its past events. */
  attendance: number;
  signups: number;
}

export interface PartnerConsoleView {
  partner: PartnerView;
  figures: PartnerFigures;
  /** The latest redemptions and check-ins here, newest first (at most 20). */
  recent: { kind: 'voucher' | 'ticket'; title: string; memberNickname: string; at: string }[];
  /** This partner's upcoming and recent events. */
  events: EventCard[];
}

/** An event tier gate: only `tier` and above may sign up during the first `hours` after sign-up opens. */
export interface EventGate {
  tier: Tier;
  hours: number;
}

export interface EventInput {
  eventId?: string;
  title: string;
  /** ISO times (Asia/Shanghai offsets accepted). */
  startAt: string;
  endAt: string;
  place: string;
  /** The host partner, or null for the brand's own event. */
  partnerId: string | null;
  capacity: number;
  gate: EventGate | null;
  /** When sign-up opens (ISO); '' for now. The gate counts from here. */
  signupOpensAt: string;
  cover: string;
  description: string;
  /** Growth granted for attending (checked in). */
  attendGrowth: number;
  status: 'published' | 'cancelled';
}

export interface EventCard {
  eventId: string;
  title: string;
  startAt: string;
  endAt: string;
  place: string;
  partnerName: string;
  cover: string;
  capacity: number;
  going: number;
  waitlist: number;
  phase: EventPhase;
  /** The caller's sign-up, if any. */
  mine: SignupStatus | null;
}

export interface EventDetail extends EventCard {
  description: string;
  partner: PartnerView | null;
  gate: EventGate | null;
  signupOpensAt: string;
  /** Until when only gate.tier and above may sign up ('' when no gate or past). */
  gateUntil: string;
  attendGrowth: number;
  /** Who is going (or went): nickname and avatar only, at most 50. */
  attendees: { nickname: string; avatar: string }[];
  /** The caller's sign-up: status, waitlist position (1-based, 0 unless waitlisted), ticket while going. */
  signup: { status: SignupStatus; position: number; token: string; code: string; checkedInAt: string } | null;
  /** After the event: 晒单 posts tagged with it (published), newest first, at most 10. */
  posts: { postId: string; text: string; image: string; authorNickname: string }[];
  /** Why the caller may not sign up now (not open yet, ended, below the tier gate); '' when they may. */
  signupBlockedReason: string;
  /** Admin or the host partner's staff: may edit and check in. */
  canManage: boolean;
  status: 'published' | 'cancelled';
}
