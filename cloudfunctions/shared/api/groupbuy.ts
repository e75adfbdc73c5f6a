/** The wire contract of 拼团: deals, groups, orders, payments, and the deal admin. */
import type { Fen } from '../domain/money';
import type { DealPhase } from '../domain/deal';
import type { DealDeliveryView, DeliveryChoice, OrderDeliveryView } from './fulfilment';
import type { DealCoCreation, PresaleView } from './cocreation';

/** A group-buy deal as a shopper sees it. Image fields are cloud file ids (cloud://...). */
export interface DealView {
  dealId: string;
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
  /** getDeal only: the units the caller already holds under `perUserLimit` (unpaid and paid orders; refunds and cancellations give them back). */
  myQuantity?: number;
  stockLeft: number;
  soldCount: number;
  startAt: string;
  endAt: string;
  autoComplete: boolean;
  commissionBps: number;
  status: 'draft' | 'active' | 'closed';
  /** Where the deal stands now: only `on_sale` can be bought. */
  phase: DealPhase;
  tags: string[];
  /** Its category, if the brand filed it under one. */
  categoryId: string | null;
  /** Delivery modes offered and the express fee. */
  delivery: DealDeliveryView;
  /** A 共创计划's product: 「共创官: 阿哲、…」 and the project story; null otherwise. */
  coCreation: DealCoCreation | null;
  /** A C2M pre-sale's progress (已预订 X / 目标 Y), from real paid orders; null otherwise. */
  presale: PresaleView | null;
}

/** An open group a shopper may join, as listed on the deal page. No fake members, ever. */
export interface OpenGroupView {
  groupId: string;
  leaderNickname: string;
  leaderAvatar: string;
  size: number;
  seatsTaken: number;
  seatsLeft: number;
  expiresAt: string;
}

export interface ListDealsInput {
  cursor?: string;
  /** Title search (words anywhere in the title, any case). */
  q?: string;
  /** Only this category's deals. */
  categoryId?: string;
}
/** A deal as a list card shows it: its picture sized for lists (`thumb`), no gallery, description or delivery. */
export type DealCardView = Pick<
  DealView,
  'dealId' | 'title' | 'subtitle' | 'groupPriceFen' | 'soloPriceFen' | 'groupSize' | 'stockLeft' | 'soldCount' | 'startAt' | 'endAt' | 'autoComplete' | 'phase' | 'tags' | 'categoryId'
> & {
  /** A cloud file id: the 300×300 copy when the deal has one, else its picture. */
  thumb: string;
};

export interface ListDealsOutput {
  /** Buyable first, then upcoming (soonest first), then sold out. */
  items: DealCardView[];
  cursor?: string;
}

/** 首页: everything its first paint shows, in one call (the next pages and searches come from listDeals). */
export interface HomeOutput {
  /** listDeals' first page, unfiltered. */
  deals: ListDealsOutput;
  /** The brand's categories, in their order. */
  categories: CategoryView[];
  /** The polls open now, for the banner: how many, and the newest one's title. */
  polls: { open: number; title: string | null };
  /** A few photos of the newest 晒单 for the strip (their small copies when they have them). */
  photos: string[];
}

/** A category of deals the brand manages (早餐, 零食, …). */
export interface CategoryView {
  categoryId: string;
  name: string;
  /** Smaller first. */
  order: number;
}

/** 我的订单's tabs (omitted: 全部); see shared/domain/order-tabs.ts. */
export type { OrderTab } from '../domain/order-tabs';
import type { OrderTab } from '../domain/order-tabs';
export interface MyOrdersInput {
  cursor?: string;
  status?: OrderTab;
}
/** How many of the caller's orders each tab holds (我的's shortcuts); 已完成 is not counted. */
export type OrderCounts = Record<Exclude<OrderTab, 'completed'>, number>;

/** The product's 晒单 on the deal page: featured first, then newest. */
export interface DealPostPreview {
  postId: string;
  authorNickname: string;
  authorAvatar: string;
  text: string;
  image: string;
  likes: number;
  featured: boolean;
}

export interface GetDealInput {
  dealId: string;
}
export interface GetDealOutput {
  deal: DealView;
  openGroups: OpenGroupView[];
  /** A few published 晒单 of this deal's product, featured first, then newest. */
  posts: DealPostPreview[];
  /** For an active leader (distributor): the commission one unit at the group price earns (分享赚); null otherwise. */
  shareEarnFen: Fen | null;
}

/** What the mini-program needs to pay for an order. */
export type PaymentParams =
  | {
      /** WeChat Pay JSAPI: pass the rest to wx.requestPayment as is. */
      provider: 'wechat';
      timeStamp: string;
      nonceStr: string;
      package: string;
      signType: 'RSA';
      paySign: string;
    }
  | {
      /** The local sandbox: the h5 app shows a pay sheet and confirms through POST /dev/pay. */
      provider: 'sandbox';
      orderId: string;
      amountFen: Fen;
      description: string;
    };

export type { OrderStatus } from '../domain/order';
import type { OrderStatus } from '../domain/order';

export type GroupStatus = 'pending' | 'open' | 'succeeded' | 'failed';

export interface GroupMemberView {
  nickname: string;
  avatar: string;
  isLeader: boolean;
  /** A reserved seat whose payment has not arrived yet shows as not paid. */
  paid: boolean;
}

export interface GroupView {
  groupId: string;
  dealId: string;
  deal: DealView;
  status: GroupStatus;
  size: number;
  seatsTaken: number;
  paidCount: number;
  seatsLeft: number;
  openedAt: string;
  /** When an open group fails (or, with autoComplete, ships as it is). '' until it opens. */
  expiresAt: string;
  /** Real members only, in the order they joined; nickname and avatar, nothing else. */
  members: GroupMemberView[];
  /** The caller's own order in this group, if any (an unpaid one past payBefore reads as cancelled). */
  /** The caller's own order in this group: what it costs them (after a coupon, with shipping) is `amountFen`. */
  myOrder: { orderId: string; status: OrderStatus; payBefore: string; amountFen: Fen } | null;
  /** null when the caller may join now; otherwise why not (a Chinese sentence). */
  joinBlockedReason: string | null;
}

export interface OrderView {
  orderId: string;
  dealId: string;
  groupId: string | null;
  title: string;
  image: string;
  kind: 'group' | 'solo';
  quantity: number;
  unitPriceFen: Fen;
  amountFen: Fen;
  status: OrderStatus;
  createdAt: string;
  /** Pay before this moment, while status is pending_payment (after it the order reads as cancelled). */
  payBefore: string;
  /** Cancelled because it was not paid in time (支付超时). */
  payExpired: boolean;
  paidAt: string;
  /** The group's state for group orders (null for solo orders). */
  groupStatus: GroupStatus | null;
  /** What happens next, for the shopper, in Chinese (e.g. 等待成团：还差 2 人). */
  nextStep: string;
  refund: { status: RefundViewStatus; amountFen: Fen } | null;
  /** Goods, coupon and shipping: goodsFen - discountFen + delivery.shippingFeeFen == amountFen. */
  goodsFen: Fen;
  discountFen: Fen;
  delivery: OrderDeliveryView;
}

/** A refund as the shopper and the brand see it (processing: the platform took it; abnormal: waits for the brand; resolved: the brand handled it outside). */
export type RefundViewStatus = 'pending' | 'failed' | 'processing' | 'succeeded' | 'abnormal' | 'resolved';

/** A refund needing the brand's attention (ABNORMAL or CLOSED at the payment platform). */
export interface AdminRefundView {
  refundId: string;
  orderId: string;
  title: string;
  buyerNickname: string;
  amountFen: Fen;
  reason: string;
  status: RefundViewStatus;
  /** ABNORMAL: the buyer's card could not take it (handle at the platform); CLOSED: may be sent again. */
  platformStatus: 'SUCCESS' | 'PROCESSING' | 'ABNORMAL' | 'CLOSED' | null;
  abnormalAt: string;
  resolution: { kind: 'retry' | 'offline'; note: string; at: string } | null;
}

export interface StartGroupInput {
  dealId: string;
  quantity?: number;
  /** The distribution code of the card this shopper came from, if any. */
  code?: string;
  /** How the goods reach the shopper; required. */
  delivery: DeliveryChoice;
  /** One of the caller's coupons (我的优惠券), locked to the order until it is paid or cancelled. */
  couponId?: string;
}
export interface StartGroupOutput {
  groupId: string;
  orderId: string;
  payment: PaymentParams;
}
export interface JoinGroupInput {
  groupId: string;
  quantity?: number;
  code?: string;
  /** How the goods reach the shopper; required. */
  delivery: DeliveryChoice;
  /** One of the caller's coupons (我的优惠券), locked to the order until it is paid or cancelled. */
  couponId?: string;
}
export interface JoinGroupOutput {
  orderId: string;
  payment: PaymentParams;
}
export interface BuySoloInput {
  dealId: string;
  quantity?: number;
  code?: string;
  /** How the goods reach the shopper; required. */
  delivery: DeliveryChoice;
  /** One of the caller's coupons (我的优惠券), locked to the order until it is paid or cancelled. */
  couponId?: string;
}
export interface OrderPaymentOutput {
  orderId: string;
  payment: PaymentParams;
}

/** Admin: a deal as the brand operator edits it. */
export interface DealDraft {
  productId?: string;
  title: string;
  subtitle: string;
  description: string;
  image: string;
  images: string[];
  groupPriceFen: Fen;
  soloPriceFen: Fen | null;
  groupSize: number;
  timeLimitMinutes: number;
  perUserLimit: number;
  stock: number;
  /** 库存分片: how many documents the stock is spread over for a rush of buyers (1..64; absent: unchanged, 1 on a new deal). */
  stockShards?: number;
  startAt: string;
  endAt: string;
  autoComplete: boolean;
  commissionBps: number;
  tags: string[];
  delivery: DealDeliveryView;
  /** Optional: the category it is listed under. */
  categoryId?: string | null;
}

export interface AdminDealView extends DealView {
  stockInitial: number;
  stockReserved: number;
  stockShards: number;
  groupCounts: { open: number; succeeded: number; failed: number };
  /** What must be filled in before it may go on sale (上架); empty when it may. */
  saleBlockers: { field: 'groupPriceFen' | 'stock' | 'image'; message: string }[];
}

export interface AdminGroupView {
  groupId: string;
  status: GroupStatus;
  size: number;
  seatsTaken: number;
  paidCount: number;
  leaderNickname: string;
  openedAt: string;
  expiresAt: string;
}
