/**
 * Documents as stored in the database. Money is integer fen; times are Dates.
 * Only cloud functions write these (see database/security-rules.json).
 */
import type { Fen } from './domain/money';
import type { StockMove } from './domain/order';
import type { DealDelivery } from './domain/delivery';
import type { ContributionKind, ProjectPhase, ProposalKind, RewardPlan, TrialScores } from './domain/cocreation';
import type { ProjectRules } from './api/cocreation';
import type { Tier, OrderStatus } from './api';
import type { PartnerKind, PerkValidity, SignupStatus, VoucherDocStatus } from './domain/partner';
import type { JournalEntry } from './runtime/journal';
import type { CouponKind, CouponStatus } from './domain/coupon';
import type { RewardKind } from './domain/reward';
import type { NoticeKind } from './providers/notifier/port';

export interface UserDoc {
  _id: string; // the openid
  nickname: string;
  avatar: string; // cloud file id
  tier: Tier;
  growth: number;
  points: number;
  isAdmin: boolean;
  isDistributor: boolean;
  distributorCode?: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProductDoc {
  _id: string;
  name: string;
  summary: string;
  description: string;
  image: string;
  images: string[];
  tags: string[];
  createdAt: Date;
}

export type DealStatus = 'draft' | 'active' | 'closed';

export interface DealDoc {
  _id: string;
  productId: string;
  title: string;
  subtitle: string;
  image: string;
  /** The picture sized for lists (300×300), when one was made; lists show `image` otherwise. */
  thumb?: string;
  images: string[];
  description: string;
  groupPriceFen: Fen;
  soloPriceFen: Fen | null;
  groupSize: number;
  timeLimitMinutes: number;
  perUserLimit: number;
  /** Stock accounting: stockInitial == stockLeft + stockReserved + stockSold + (stockWrittenOff ?? 0), always. */
  stockInitial: number;
  stockLeft: number;
  stockReserved: number;
  stockSold: number;
  /** Units shipped, then refunded without coming back (absent: 0). */
  stockWrittenOff?: number;
  /** Stock taken by reservations whose order is still being written (normally empty). */
  holds?: { orderId: string; quantity: number; at: Date }[];
  /** A launched 共创计划's product: its project and co-creators, by nickname, as credited on the deal and group pages. */
  coCreation?: { projectId: string; title: string; coCreators: string[] } | null;
  /** A C2M pre-sale: paid orders wait until `endsAt`, then all become effective (paid ≥ minQuantity) or are refunded. */
  presale?: { endsAt: Date; minQuantity: number; status: 'open' | 'succeeded' | 'failed' } | null;
  /** Delivery modes and the express fee (absent on older deals: DEFAULT_DEAL_DELIVERY). */
  delivery?: DealDelivery;
  /** Keys of stock moves applied lately (`<move>:<orderId>`), so none applies twice; see stock-moves.ts. */
  applied?: JournalEntry[];
  /**
   * How many documents the stock is spread over (absent: 1, 1..64), so a rush of buyers
   * does not queue on one document: the deal itself is shard 0 and `stockShards` holds
   * the rest. Every counter above is then the deal's own share; the deal's stock is the
   * sum over its shards (see groupbuy/flows/stock-shards.ts).
   */
  stockShards?: number;
  /** Units on their way between shards (a rebalance), keyed so each arrives once. */
  transfers?: StockTransfer[];
  startAt: Date;
  endAt: Date;
  autoComplete: boolean;
  commissionBps: number;
  status: DealStatus;
  tags: string[];
  /** The category it is listed under (absent or null: none). */
  categoryId?: string | null;
  /** Adopted from a poll with no price known: the placeholder price it may not go on sale with. */
  placeholderPriceFen?: Fen | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Units taken from one shard's `stockLeft` for another; the move completes (once, by key) or a sweep completes it. */
export interface StockTransfer {
  key: string;
  to: number;
  quantity: number;
  at: Date;
}

/** One share of a sharded deal's stock (shard 1..N-1; shard 0 is the deal document). Same counters as the deal's. */
export interface StockShardDoc {
  _id: string;
  dealId: string;
  index: number;
  stockLeft: number;
  stockReserved: number;
  stockSold: number;
  stockWrittenOff?: number;
  holds?: { orderId: string; quantity: number; at: Date }[];
  applied?: JournalEntry[];
  transfers?: StockTransfer[];
  updatedAt: Date;
}

/** A category of deals (早餐, 零食, …) the brand manages; shoppers filter the home list by it. */
export interface CategoryDoc {
  _id: string;
  name: string;
  /** Smaller first. */
  order: number;
  createdAt: Date;
  updatedAt: Date;
}

export type { GroupStatus } from './api';
import type { GroupStatus } from './api';

export interface GroupMember {
  openid: string;
  nickname: string;
  avatar: string;
  /** The order holding this seat. */
  orderId: string;
  joinedAt: Date;
  /** Unpaid seats are released after this (an orphan seat, too, if its order was never written). */
  reservedUntil: Date;
}

export interface GroupDoc {
  _id: string;
  dealId: string;
  leaderOpenid: string;
  leaderOrderId: string;
  size: number;
  seatsTaken: number;
  paidCount: number;
  /** Orders whose payment arrived; `paidCount` is its length, kept beside it for conditional updates. */
  paidOrderIds: string[];
  /** Orders holding a seat whose payment has not arrived (swept when their reservation ends). */
  heldOrderIds: string[];
  /** Paid orders refunded while the group was still filling: their seats were given back. */
  leftOrderIds?: string[];
  status: GroupStatus;
  /** Copied from the deal at start: 成团保障. */
  autoComplete: boolean;
  timeLimitMinutes: number;
  members: GroupMember[];
  createdAt: Date;
  openedAt: Date | null;
  expiresAt: Date | null;
  closedAt: Date | null;
  /** Set by the close itself, cleared once the members' notices are recorded in `notices` (the outbox drain finishes it). */
  noticesDue?: boolean;
}

export interface OrderDoc {
  _id: string; // also WeChat Pay's out_trade_no
  openid: string;
  dealId: string;
  groupId: string | null;
  kind: 'group' | 'solo';
  title: string;
  image: string;
  quantity: number;
  unitPriceFen: Fen;
  amountFen: Fen;
  /** Captured at order time: the deal's commission rate and the code the shopper arrived with. */
  commissionBps: number;
  arrivalCode: string | null;
  /**
   * The buyer's n-th order on the deal (0, 1, …): its id derives from (deal, buyer, slot), so
   * two checkouts of one buyer never both write slot n (the per-user limit: domain/buyer-limit.ts).
   * Absent on orders made before slots.
   */
  slot?: number;
  /**
   * The order that started its group (the group's leaderOrderId), with the group's time limit:
   * its payment opens the group, and its cancel fails the pending group, each in one update.
   */
  leadsGroup?: { timeLimitMinutes: number };
  /** The distributor the buyer was bound to at order time, who earns the commission. */
  distributorOpenid: string | null;
  distributorCode: string | null;
  /** Taken while its deal's pre-sale was open: paid, it waits for the campaign's close. */
  presale?: boolean;
  /** Stock moves this order's last changes still owe its deal (normally empty); see stock-moves.ts. */
  stockMoves?: StockMove[];
  /** The stock shard its units were held from (absent: 0, the deal itself); its moves go back there. */
  stockShard?: number;
  /**
   * The payment's outbox task: set by the update that marks the order paid, cleared once the
   * group progress, rewards and notices that follow are done (groupbuy/flows/paid-work.ts).
   */
  paidWorkDue?: boolean;
  /** When its units left the warehouse (fulfilment); a shipped unit is never restocked. */
  shippedAt?: Date | null;
  /** Set once the order's commission (or the lack of one) has been recorded. */
  rewardsDone?: boolean;
  /** Set once a completed order's partner vouchers (perks of its deal) were issued or lapsed; see partner/flows/vouchers.ts. */
  perksDone?: boolean;
  /** The completion's outbox task: its vouchers are still to be issued (set by completeOrder, cleared by issueDueVouchers). */
  perksDue?: boolean;
  status: OrderStatus;
  reservedUntil: Date;
  transactionId: string | null;
  createdAt: Date;
  updatedAt: Date;
  paidAt: Date | null;
  effectiveAt: Date | null;
  cancelledAt: Date | null;
  refundId: string | null;
  /**
   * Fulfilment (absent on orders made before it existed: treated as express, no fee).
   * goodsFen + shippingFeeFen == amountFen; the commission base is goodsFen.
   */
  goodsFen?: Fen;
  shippingFeeFen?: Fen;
  delivery?: OrderDelivery;
  /** Express: when shipped, by whom and how (also written into the shipment record). */
  shipping?: { company: string; trackingNo: string } | null;
  /** Pickup: when the goods reached the point (到货); the pickup code is issued then. */
  arrivedAt?: Date | null;
  pickupCodeId?: string | null;
  /** effective → completed: received (确认收货, auto-receipt, or verified at the point). */
  completedAt?: Date | null;
  /** The open after-sale request, if any (one at a time); cleared when rejected, so another may follow. */
  afterSaleId?: string | null;
  /** The latest after-sale request, open or decided (what the shopper sees, e.g. the reason of a rejection). */
  lastAfterSaleId?: string | null;
  /** A coupon used on the order (locked to it while unpaid) and what it took off the goods: amountFen = goodsFen - discountFen + shippingFeeFen. */
  couponId?: string | null;
  discountFen?: Fen;
}

export type OrderDelivery =
  | { mode: 'express'; address: AddressSnapshot }
  | { mode: 'pickup'; point: PointSnapshot };

export interface AddressSnapshot {
  name: string;
  phone: string;
  region: [string, string, string];
  detail: string;
}

export interface PointSnapshot {
  pointId: string;
  name: string;
  address: string;
  hours: string;
  contactPhone: string;
}

/** A shopper's saved address (地址管理); `_id` random. */
export interface AddressDoc extends AddressSnapshot {
  _id: string;
  openid: string;
  isDefault: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** A pickup point run by a leader or a partner shop; its staff may verify pickup codes. */
export interface PickupPointDoc {
  _id: string;
  name: string;
  address: string;
  hours: string;
  contactName: string;
  contactPhone: string;
  kind: 'leader' | 'partner';
  ownerOpenid: string;
  /** Openids allowed to verify codes here (the owner always may). */
  staff: string[];
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * One verification code (the one mechanism for pickup codes, vouchers, event
 * tickets): an unguessable token (`_id`, shown as a QR code) and a short code to
 * type, owned by one member, redeemable once by staff of one place.
 */
export interface VerifyCodeDoc {
  _id: string; // the token
  short: string; // 6 digits, unique among codes (see verifyShorts)
  kind: 'pickup' | 'voucher' | 'ticket';
  ownerOpenid: string;
  /** The place whose staff may redeem it (a pickup point, a partner). */
  placeId: string;
  /** What it stands for (the order id for a pickup). */
  ref: string;
  status: 'active' | 'used' | 'void';
  expiresAt: Date | null;
  usedAt: Date | null;
  usedBy: string | null;
  createdAt: Date;
}

/** A short code taken (`_id` = the 6 digits), so no two codes share one; points at its code's token. */
export interface VerifyShortDoc {
  _id: string;
  token: string;
  createdAt: Date;
}

/** The one code issued for a (kind, ref), `_id = <kind>_<ref>`: makes issuing idempotent, also under concurrency. */
export interface VerifyRefDoc {
  _id: string;
  token: string;
  short: string;
  createdAt: Date;
}

/** Wrong codes one caller tried in one Asia/Shanghai hour, `_id = <openid>_<yyyymmddhh>`. */
export interface VerifyAttemptDoc {
  _id: string;
  count: number;
  createdAt: Date;
}

/** WeChat shipping information (发货信息录入) of one order, keyed by the order: uploaded once, retried until it is. */
export interface ShipmentDoc {
  _id: string; // the order id
  orderId: string;
  openid: string;
  transactionId: string | null;
  mode: 'express' | 'pickup';
  company: string;
  trackingNo: string;
  itemDesc: string;
  status: 'pending' | 'uploaded' | 'failed';
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  uploadedAt: Date | null;
}

/** A 售后 request on a completed order; one open at a time per order. */
export interface AfterSaleDoc {
  _id: string;
  orderId: string;
  openid: string;
  kind: 'refund_only' | 'return_refund';
  reason: string;
  images: string[];
  status: 'open' | 'approved' | 'rejected';
  note: string;
  /** Return and refund: the brand marked the goods as received back (only then is stock returned). */
  returnReceived: boolean;
  createdAt: Date;
  reviewedAt: Date | null;
  reviewedBy: string | null;
}

/** Units a user holds in a deal (reserved or paid), for the per-user limit; `_id = <dealId>_<openid>`. */
export interface DealUserDoc {
  _id: string;
  dealId: string;
  openid: string;
  quantity: number;
}

/**
 * pending → (the platform takes it) processing → succeeded | abnormal; a call that did not
 * go through is `failed` and tried again. `abnormal` (ABNORMAL: e.g. the buyer's card was
 * closed; CLOSED: the merchant's balance did not cover it) waits for the brand, who retries
 * it or marks it `resolved` (handled outside, with a note). Only succeeded and resolved
 * move the order to refunded.
 */
export type RefundStatus = 'pending' | 'failed' | 'processing' | 'succeeded' | 'abnormal' | 'resolved';

/** One refund of one order; `_id` is WeChat's out_refund_no, so a retry never refunds twice. */
export interface RefundDoc {
  _id: string;
  orderId: string;
  openid: string;
  amountFen: Fen;
  totalFen: Fen;
  reason: string;
  status: RefundStatus;
  attempts: number;
  /** Next call (pending/failed) or next query (processing). */
  nextAttemptAt: Date;
  lockedUntil: Date | null;
  lastError: string | null;
  providerRefundId: string | null;
  /** The out_refund_no in use when the brand re-issued a CLOSED refund (`<_id>-<n>`); absent: `_id`. */
  outRefundNo?: string;
  /** What the platform last said: PROCESSING, SUCCESS, ABNORMAL or CLOSED (absent before it answered). */
  platformStatus?: 'SUCCESS' | 'PROCESSING' | 'ABNORMAL' | 'CLOSED' | null;
  /** Queries made while processing (the query backs off with it). */
  queries?: number;
  /** Where the money went (user_received_account), once succeeded. */
  receivedAccount?: string | null;
  /** When it became abnormal (the brand's attention list is ordered by it). */
  abnormalAt?: Date | null;
  /** The brand's decision on an abnormal refund. */
  resolution?: { kind: 'retry' | 'offline'; note: string; by: string; at: Date } | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A 共创计划. Rules are versioned: `rulesVersion` grows with each change, old texts kept in `rulesHistory`. */
export interface ProjectDoc {
  _id: string;
  title: string;
  question: string;
  cover: string;
  rules: ProjectRules;
  rulesVersion: number;
  rulesHistory: { version: number; rules: ProjectRules; at: Date }[];
  timeline: Record<ProjectPhase, string>;
  /** The phase in force, set by the brand; 'draft' until it opens. */
  phase: ProjectPhase | 'draft';
  maxCoCreators: number;
  /** The project's 产品共创官 (selected by the brand). */
  coCreators: string[];
  rewardPlan: RewardPlan;
  pollId: string | null;
  launchedDealId: string | null;
  /** Counters kept by conditional atomic updates (never in transactions). */
  participants: number;
  ideaCount: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A member accepted a version of a project's rules; `_id = <projectId>_<openid>`. */
export interface RulesAcceptanceDoc {
  _id: string;
  projectId: string;
  openid: string;
  version: number;
  history: { version: number; at: Date }[];
}

export interface IdeaDoc {
  _id: string;
  projectId: string;
  openid: string;
  text: string;
  images: string[];
  upvotes: number;
  adopted: boolean;
  adoptionNote: string;
  createdAt: Date;
}

/** One upvote per member per idea: `_id = <ideaId>_<openid>`. */
export interface IdeaVoteDoc {
  _id: string;
  ideaId: string;
  projectId: string;
  openid: string;
  createdAt: Date;
}

/** An application to join a project as 产品共创官: `_id = <projectId>_<openid>`. */
export interface ProjectApplicationDoc {
  _id: string;
  projectId: string;
  openid: string;
  statement: string;
  expertise: string[];
  images: string[];
  status: 'pending' | 'selected' | 'declined';
  createdAt: Date;
  decidedAt: Date | null;
}

export interface ProposalDoc {
  _id: string;
  projectId: string;
  openid: string;
  kind: ProposalKind;
  text: string;
  images: string[];
  adopted: boolean;
  createdAt: Date;
}

export interface ProposalCommentDoc {
  _id: string;
  proposalId: string;
  projectId: string;
  openid: string;
  isBrand: boolean;
  text: string;
  createdAt: Date;
}

export interface TrialRoundDoc {
  _id: string;
  projectId: string;
  version: string;
  changes: string;
  /** The project's co-creators when the samples were sent: who reports in this round. */
  members: string[];
  sentAt: Date;
}

/** One report per co-creator per round: `_id = <roundId>_<openid>`. */
export interface TrialReportDoc {
  _id: string;
  roundId: string;
  projectId: string;
  openid: string;
  scores: TrialScores;
  text: string;
  images: string[];
  wouldBuy: boolean;
  createdAt: Date;
}

/**
 * A credited contribution: the record the contribution wall and the reward split
 * read. `_id` is the contribution's key (e.g. `idea_adopted:<ideaId>`), so each is
 * credited once.
 */
export interface ContributionDoc {
  _id: string;
  projectId: string;
  openid: string;
  kind: ContributionKind;
  /** What it is about: an idea, proposal or report id. */
  ref: string;
  label: string;
  createdAt: Date;
}

/** A crossed threshold's payout, `_id = <projectId>_<threshold index>`: claimed once, then paid share by share. */
export interface RewardPayoutDoc {
  _id: string;
  projectId: string;
  threshold: number;
  poolFen: Fen;
  points: number;
  status: 'paying' | 'paid';
  shares: { openid: string; weight: number; cashFen: Fen; points: number }[];
  crossedAt: Date;
  paidAt: Date | null;
}

// ---- Partners (合作伙伴): perks, vouchers, events ----

export interface PartnerDoc {
  _id: string;
  name: string;
  kind: PartnerKind;
  address: string;
  location: { latitude: number; longitude: number } | null;
  hours: string;
  logo: string;
  intro: string;
  phone: string;
  active: boolean;
  /** Openids of its staff (who redeem vouchers, check attendees in, see the console). */
  staff: string[];
  createdAt: Date;
  updatedAt: Date;
}

/** A one-time invitation to become staff of a partner; `_id` is the unguessable token (128 random bits). */
export interface PartnerInviteDoc {
  _id: string;
  partnerId: string;
  createdBy: string;
  expiresAt: Date;
  usedBy: string | null;
  usedAt: Date | null;
  createdAt: Date;
}

/**
 * A perk on a deal. `issued` counts vouchers issued and not withdrawn, and moves
 * only by conditional atomic updates that record `<move>:<voucherId>` in the
 * `applied` journal (runtime/journal.ts), so it never passes `total`.
 */
export interface PerkDoc {
  _id: string;
  dealId: string;
  partnerId: string;
  service: string;
  terms: string;
  total: number;
  issued: number;
  validity: PerkValidity;
  perMember: number;
  active: boolean;
  applied: JournalEntry[];
  createdAt: Date;
  updatedAt: Date;
}

/** One voucher per (order, perk, unit): `_id = <orderId>_<perkId>_<unit>`. */
export interface VoucherDoc {
  _id: string;
  perkId: string;
  partnerId: string;
  dealId: string;
  orderId: string;
  openid: string;
  status: VoucherDocStatus;
  /** The member-limit slot it holds (`perkSlots/<perkId>_<openid>_<n>`), while it holds one. */
  slot: string | null;
  /** Its verification code's token (kind voucher, ref = the voucher id), once issued. */
  token: string | null;
  short: string | null;
  issuedAt: Date | null;
  expiresAt: Date | null;
  usedAt: Date | null;
  usedBy: string | null;
  remindedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A member's n-th place under a perk's per-member limit, held by one voucher. */
export interface PerkSlotDoc {
  _id: string; // <perkId>_<openid>_<n>
  voucherId: string;
  createdAt: Date;
}

export interface EventDoc {
  _id: string;
  title: string;
  startAt: Date;
  endAt: Date;
  place: string;
  partnerId: string | null;
  capacity: number;
  gate: { tier: Tier; hours: number } | null;
  signupOpensAt: Date;
  cover: string;
  description: string;
  attendGrowth: number;
  status: 'published' | 'cancelled';
  /** Seats taken (going or attended); moves only by journaled conditional updates, never past capacity. */
  seated: number;
  applied: JournalEntry[];
  /** Set by the timer once the event ended (sign-ups left going are no-shows). */
  endedAt: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** One member's sign-up to one event: `_id = <eventId>_<openid>`; `round` counts sign-ups after cancelling. */
export interface EventSignupDoc {
  _id: string;
  eventId: string;
  openid: string;
  status: SignupStatus;
  round: number;
  /** Arrival: the waitlist moves up in (queuedAt, _id) order. */
  queuedAt: Date;
  /** Cancelled while holding a seat, and the seat is not yet given back (see events flow). */
  seatOwed: boolean;
  token: string | null;
  short: string | null;
  checkedInAt: Date | null;
  checkedInBy: string | null;
  /** The check-in's outbox task: the attendance growth is still to be granted (set by attend, cleared by grantDueAttendance). */
  growthDue?: boolean;
  /** Seated without a ticket yet (the seat-first sign-up): the member's next page read or drainOutbox issues it (partner/flows/tickets.ts). */
  ticketDue?: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** A member's first visit to a partner (a redemption or an event check-in): `_id = <partnerId>_<openid>`. */
export interface PartnerVisitDoc {
  _id: string;
  partnerId: string;
  openid: string;
  firstAt: Date;
  via: 'voucher' | 'ticket';
}

/** 积分兑换: an item of the brand's catalogue; each redemption gives one coupon (domain/reward.ts). */
export interface RewardDoc {
  _id: string;
  title: string;
  kind: RewardKind;
  pointsCost: number;
  /** 'coupon': amount off goods of at least minSpendFen; 'sample': one unit of dealId (amountFen is shown, read from the deal). */
  amountFen: Fen;
  minSpendFen: Fen;
  dealId: string | null;
  dealTitle: string | null;
  /** kind 'perk': the partner perk a redemption issues one voucher of, and its name (山月瑜伽 一节瑜伽体验课). */
  perkId?: string | null;
  perkTitle?: string | null;
  total: number;
  /** Moved only by journaled conditional updates (redeemed < total). */
  redeemed: number;
  perMember: number;
  validDays: number;
  active: boolean;
  applied?: JournalEntry[];
  createdAt: Date;
  updatedAt: Date;
}

export interface CouponDoc {
  _id: string; // the redemption's id
  openid: string;
  rewardId: string;
  title: string;
  kind: CouponKind;
  amountFen: Fen;
  minSpendFen: Fen;
  dealId: string | null;
  dealTitle: string | null;
  status: CouponStatus;
  /** The order holding (locked) or having used the coupon. */
  orderId: string | null;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * One message to one member (the notifier's outbox, `notices`), keyed
 * `<ref>:<kind>:<openid>` (ref: e.g. the group) so recording it twice keeps one.
 * pending → sending (claimed by one drain, `claim`) → sent | failed (after
 * NOTICE_ATTEMPTS); a claim older than its lease (the drain died) is taken again.
 */
export interface NoticeDoc {
  _id: string;
  ref: string;
  kind: NoticeKind;
  openid: string;
  page: string;
  title: string;
  amountFen: Fen;
  note: string;
  at: Date;
  place?: string;
  state: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  claim: string | null;
  claimedAt: Date | null;
  sentAt: Date | null;
  lastError: string | null;
  createdAt: Date;
}

/** A scheduled job's last run (`_id` = the job's name): `slot` is the cron slot `tick` "due" last claimed for it. */
export interface JobRunDoc {
  _id: string;
  slot: string | null;
  claimedAt?: Date;
  lastRunAt?: Date;
  lastOk?: boolean;
  lastSpentMs?: number;
  lastCounts?: Record<string, number>;
  lastError?: string | null;
}

// ---- 数据看板 (analytics) ----

/** One share or visit the app reported (`analyticsEvents`): statistics only, never money. A visit's `_id` (`visit_<openid>_<code>_<30-min window>`) counts it once. */
export interface AnalyticsEventDoc {
  _id: string;
  kind: 'share_card' | 'share_timeline' | 'share_poster' | 'copy_code' | 'visit';
  openid: string;
  code: string | null;
  page: string | null;
  dealId: string | null;
  at: Date;
}

/** A member's track calls in one minute (`analyticsLimits`, `_id = <openid>_<minute>`), moved only by conditional increments under the limit. */
export interface AnalyticsLimitDoc {
  _id: string;
  count: number;
  at: Date;
}

/**
 * One period's figures (`analyticsRollups`), written with set() under an id derived from
 * the period: `day:2026-12-01`, `week:2026-W49`, `month:2026-12` (scope total),
 * `deal:day:2026-12-01:<dealId>`, `leader:day:2026-12-01:<code>`; plus `state`, the
 * timer's watermark (`rolledThrough`, `rolledAt`).
 */
export interface AnalyticsRollupDoc {
  _id: string;
  scope: 'total' | 'deal' | 'leader';
  granularity: 'day' | 'week' | 'month';
  key: string;
  from: string;
  to: string;
  ref: string;
  figures: Record<string, unknown>;
  /** Today so far (total documents only): the figures count the records before this instant; null for a finished period. */
  through?: Date | null;
}
