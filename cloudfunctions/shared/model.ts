/**
 * Documents as stored in the database. Money is integer fen; times are Dates.
 * Only cloud functions write these (see database/security-rules.json).
 */
import type { Fen } from './domain/money';
import type { StockMove } from './domain/order';
import type { Tier, OrderStatus } from './api';

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
  images: string[];
  description: string;
  groupPriceFen: Fen;
  soloPriceFen: Fen | null;
  groupSize: number;
  timeLimitMinutes: number;
  perUserLimit: number;
  /** Stock accounting: stockInitial == stockLeft + stockReserved + stockSold, always. */
  stockInitial: number;
  stockLeft: number;
  stockReserved: number;
  stockSold: number;
  /** Stock taken by reservations whose order is still being written (normally empty). */
  holds?: { orderId: string; quantity: number; at: Date }[];
  /** Keys of stock moves applied lately (`<move>:<orderId>`), so none applies twice; see stock-moves.ts. */
  applied?: { key: string; at: Date }[];
  startAt: Date;
  endAt: Date;
  autoComplete: boolean;
  commissionBps: number;
  status: DealStatus;
  tags: string[];
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
  /** The distributor the buyer was bound to at order time, who earns the commission. */
  distributorOpenid: string | null;
  distributorCode: string | null;
  /** Stock moves this order's last changes still owe its deal (normally empty); see stock-moves.ts. */
  stockMoves?: StockMove[];
  /** When its units left the warehouse (fulfilment); a shipped unit is never restocked. */
  shippedAt?: Date | null;
  /** Set once the order's commission (or the lack of one) has been recorded. */
  rewardsDone?: boolean;
  status: OrderStatus;
  reservedUntil: Date;
  transactionId: string | null;
  createdAt: Date;
  updatedAt: Date;
  paidAt: Date | null;
  effectiveAt: Date | null;
  cancelledAt: Date | null;
  refundId: string | null;
}

/** Units a user holds in a deal (reserved or paid), for the per-user limit; `_id = <dealId>_<openid>`. */
export interface DealUserDoc {
  _id: string;
  dealId: string;
  openid: string;
  quantity: number;
}

export type RefundStatus = 'pending' | 'succeeded' | 'failed';

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
  nextAttemptAt: Date;
  lockedUntil: Date | null;
  lastError: string | null;
  providerRefundId: string | null;
  createdAt: Date;
  updatedAt: Date;
}
