/**
 * The wire contract of fulfilment: delivery at checkout (快递到家 / 团长自提),
 * saved addresses, pickup points, shipping, pickup verification (核销),
 * receipt and after-sale (售后).
 */
import type { Fen } from '../domain/money';
import type { DeliveryMode, FulfilmentStage, AfterSaleKind, AfterSaleStatus } from '../domain/delivery';

export type { DeliveryMode, FulfilmentStage, AfterSaleKind, AfterSaleStatus } from '../domain/delivery';

/** A delivery address as the shopper enters it (h5 form, or WeChat's chooseAddress). */
export interface AddressInput {
  /** Present when editing a saved address. */
  addressId?: string;
  name: string;
  /** A mainland mobile number, 11 digits starting with 1. */
  phone: string;
  /** [province, city, district], e.g. ['上海市', '上海市', '徐汇区']. */
  region: [string, string, string];
  /** Street, building, room. */
  detail: string;
  isDefault?: boolean;
}

export interface AddressView extends Required<Omit<AddressInput, 'addressId'>> {
  addressId: string;
}

/** A place where a leader or a partner shop hands over pickup orders. */
export interface PickupPointView {
  pointId: string;
  name: string;
  /** The full address, one line. */
  address: string;
  /** e.g. 每天 9:00–21:00 */
  hours: string;
  contactName: string;
  contactPhone: string;
  kind: 'leader' | 'partner';
  /** True for the point of the leader the caller is bound to: suggested first. */
  suggested: boolean;
}

/** The shopper's choice at checkout (startGroup, joinGroup, buySolo). */
export type DeliveryChoice = { mode: 'express'; addressId: string } | { mode: 'pickup'; pointId: string };

/** What a deal offers; express fee in fen, free from `freeFromFen` of goods if set. */
export interface DealDeliveryView {
  express: boolean;
  pickup: boolean;
  shippingFeeFen: Fen;
  freeFromFen: Fen | null;
}

/** An order's delivery as its owner (and the brand, and for pickup the point's staff) sees it. */
export interface OrderDeliveryView {
  mode: DeliveryMode;
  /** Express: the address snapshot taken at checkout. */
  address: { name: string; phone: string; region: [string, string, string]; detail: string } | null;
  /** Pickup: the point snapshot taken at checkout. */
  point: { pointId: string; name: string; address: string; hours: string; contactPhone: string } | null;
  shippingFeeFen: Fen;
  stage: FulfilmentStage;
  /** Express, once shipped. */
  tracking: { company: string; trackingNo: string; shippedAt: string } | null;
  /** Pickup, once the goods are at the point. */
  arrivedAt: string;
  /** When an order that was shipped completes by itself, '' otherwise. */
  autoReceiveAt: string;
  receivedAt: string;
  /** Until when an after-sale request may be made ('' when none may). */
  afterSaleUntil: string;
  afterSale: AfterSaleView | null;
}

/** The pickup code the shopper shows at the point: a QR of `token`, and `code` to type. */
export interface PickupCodeView {
  token: string;
  code: string;
  pointName: string;
  status: 'active' | 'used' | 'void';
}

export interface AfterSaleView {
  afterSaleId: string;
  orderId: string;
  kind: AfterSaleKind;
  reason: string;
  images: string[];
  status: AfterSaleStatus;
  /** The brand's note (shown to the shopper when rejected). */
  note: string;
  createdAt: string;
  reviewedAt: string;
}

/** Admin: an order in the shipping queue. */
export interface ShipQueueItem {
  orderId: string;
  dealId: string;
  title: string;
  quantity: number;
  amountFen: Fen;
  buyerNickname: string;
  delivery: OrderDeliveryView;
  effectiveAt: string;
}

export interface ShipItem {
  orderId: string;
  /** Express company name, e.g. 顺丰速运 */
  company: string;
  trackingNo: string;
}

/** One item of a shipping action: shipped now, already shipped (a repeat), or why not. */
export interface ShipResult {
  orderId: string;
  result: 'shipped' | 'already' | 'refused';
  error?: { code: string; message: string };
}

export interface PickupPointInput {
  pointId?: string;
  name: string;
  address: string;
  hours: string;
  contactName: string;
  contactPhone: string;
  kind: 'leader' | 'partner';
  /** The leader who runs it (kind leader): their openid. */
  ownerOpenid?: string;
  active: boolean;
}

export interface AdminPickupPointView extends PickupPointView {
  ownerOpenid: string;
  staff: { openid: string; nickname: string }[];
  active: boolean;
  /** Pickup orders dispatched to it and not yet collected. */
  waiting: number;
}

/** Point staff: an order found by its pickup code, before confirming the handover. */
export interface PickupOrderView {
  orderId: string;
  title: string;
  image: string;
  quantity: number;
  buyerNickname: string;
  /** The buyer's phone's last four digits, to check against the person. */
  phoneTail: string;
  pointName: string;
  status: 'active' | 'used' | 'void';
}
