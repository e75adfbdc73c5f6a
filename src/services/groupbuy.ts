import type {
  AfterSaleKind,
  AfterSaleView,
  DeliveryChoice,
  GetDealOutput,
  GroupView,
  HomeOutput,
  JoinGroupOutput,
  ListDealsOutput,
  OrderCounts,
  OrderPaymentOutput,
  OrderTab,
  OrderView,
  PickupCodeView,
  PickupPointView,
  StartGroupOutput,
} from '@shared/api'
import { invoke } from './api-client'

export interface DealFilter {
  /** Title search. */
  q?: string
  categoryId?: string
}

/** 首页's first paint in one call: the first page of deals, the categories, the poll banner and the 晒单 strip. */
export function home(): Promise<HomeOutput> {
  return invoke('groupbuy', 'home', {})
}

/** The home list as cards (buyable first): the next pages, a search or a category. */
export function listDeals(cursor?: string, filter: DealFilter = {}): Promise<ListDealsOutput> {
  const q = filter.q?.trim()
  return invoke('groupbuy', 'listDeals', { ...(cursor ? { cursor } : {}), ...(q ? { q } : {}), ...(filter.categoryId ? { categoryId: filter.categoryId } : {}) })
}

export function getDeal(dealId: string): Promise<GetDealOutput> {
  return invoke('groupbuy', 'getDeal', { dealId })
}

/** `code`: the distribution code of the card the shopper came from, when there is one. */
const withCode = (code: string | undefined) => (code ? { code } : {})

/** How many units, and one of the shopper's coupons (我的优惠券), when chosen at checkout. */
export interface OrderExtras {
  quantity?: number
  couponId?: string
}

/** `delivery`: how the goods reach the shopper (快递到家 to a saved address, or 团长自提 at a point). */
export function startGroup(dealId: string, delivery: DeliveryChoice, code?: string, extras: OrderExtras = {}): Promise<StartGroupOutput> {
  return invoke('groupbuy', 'startGroup', { dealId, delivery, ...withCode(code), ...extras })
}

export function joinGroup(groupId: string, delivery: DeliveryChoice, code?: string, extras: OrderExtras = {}): Promise<JoinGroupOutput> {
  return invoke('groupbuy', 'joinGroup', { groupId, delivery, ...withCode(code), ...extras })
}

export function buySolo(dealId: string, delivery: DeliveryChoice, code?: string, extras: OrderExtras = {}): Promise<OrderPaymentOutput> {
  return invoke('groupbuy', 'buySolo', { dealId, delivery, ...withCode(code), ...extras })
}

export async function getGroup(groupId: string): Promise<GroupView> {
  return (await invoke('groupbuy', 'getGroup', { groupId })).group
}

/** 我的订单, one tab at a time (no tab: 全部). */
export function myOrders(cursor?: string, tab?: OrderTab): Promise<{ items: OrderView[]; cursor?: string }> {
  return invoke('groupbuy', 'myOrders', { ...(cursor ? { cursor } : {}), ...(tab ? { status: tab } : {}) })
}

/** How many orders wait in each of 我的订单's tabs (我的's shortcuts). */
export async function orderCounts(): Promise<OrderCounts> {
  return (await invoke('groupbuy', 'orderCounts', {})).counts
}

export async function getOrder(orderId: string): Promise<OrderView> {
  return (await invoke('groupbuy', 'getOrder', { orderId })).order
}

/** Payment parameters again for an order that is still unpaid. */
export function payOrder(orderId: string): Promise<OrderPaymentOutput> {
  return invoke('groupbuy', 'payOrder', { orderId })
}

export async function cancelOrder(orderId: string): Promise<OrderView> {
  return (await invoke('groupbuy', 'cancelOrder', { orderId })).order
}

/** The mini-program code of a share poster, as a cloud file id (null where there is none). */
export async function posterCode(page: string, scene: string): Promise<string | null> {
  return (await invoke('groupbuy', 'posterCode', { page, scene })).fileId
}

// Fulfilment, the shopper's side: pickup points at checkout, receipt, pickup codes, after-sale.

/** Pickup points the shopper may choose; the bound leader's first (`suggested`). */
export async function pickupPoints(dealId?: string): Promise<PickupPointView[]> {
  return (await invoke('groupbuy', 'pickupPoints', dealId ? { dealId } : {})).items
}

/** 确认收货: the order completes. */
export async function confirmReceipt(orderId: string): Promise<OrderView> {
  return (await invoke('groupbuy', 'confirmReceipt', { orderId })).order
}

/** The code to show at the pickup point, once the goods are there. */
export function pickupCode(orderId: string): Promise<PickupCodeView> {
  return invoke('groupbuy', 'pickupCode', { orderId })
}

export interface AfterSaleRequest {
  orderId: string
  kind: AfterSaleKind
  reason: string
  images: string[]
}

/** 申请售后 (仅退款 / 退货退款), within the window after completion. */
export async function requestAfterSale({ images, ...rest }: AfterSaleRequest): Promise<AfterSaleView> {
  return (await invoke('groupbuy', 'requestAfterSale', images.length ? { ...rest, images } : rest)).afterSale
}
