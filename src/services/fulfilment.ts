import type {
  AdminPickupPointView,
  AfterSaleStatus,
  AfterSaleView,
  DeliveryMode,
  PickupOrderView,
  PickupPointInput,
  ShipItem,
  ShipQueueItem,
  ShipResult,
} from '@shared/api'
import type { Fen } from '@shared/domain/money'
import { invoke } from './api-client'

// 履约 (fulfilment): the brand ships and dispatches, reviews after-sales and runs pickup points;
// point staff verify pickup codes. Admin only unless noted (FORBIDDEN otherwise).

export type ShipStage = 'to_ship' | 'to_arrive' | 'shipped' | 'at_point'

export interface ShipQueueFilter {
  stage?: ShipStage
  dealId?: string
  mode?: DeliveryMode
}

export function shipQueue(filter: ShipQueueFilter, cursor?: string): Promise<{ items: ShipQueueItem[]; cursor?: string }> {
  const { stage, dealId, mode } = filter
  return invoke('fulfilment', 'shipQueue', {
    ...(stage ? { stage } : {}),
    ...(dealId ? { dealId } : {}),
    ...(mode ? { mode } : {}),
    ...(cursor ? { cursor } : {}),
  })
}

/** Ships express orders, each with its company and tracking number; one result per item. */
export async function shipOrders(items: ShipItem[]): Promise<ShipResult[]> {
  return (await invoke('fulfilment', 'shipOrders', { items })).results
}

/** 到货: the orders reached their point; each becomes 待自提 and its shopper gets a pickup code. */
export async function dispatchPickup(pointId: string, orderIds: string[]): Promise<ShipResult[]> {
  return (await invoke('fulfilment', 'dispatchPickup', { pointId, orderIds })).results
}

/** Point staff: the order behind a scanned token or a typed 6-digit code. */
export async function lookupPickup(code: string): Promise<PickupOrderView> {
  return (await invoke('fulfilment', 'lookupPickup', { code })).order
}

/** Point staff: hands the goods over; the code works once. */
export async function verifyPickup(code: string): Promise<PickupOrderView> {
  return (await invoke('fulfilment', 'verifyPickup', { code })).order
}

/** Point staff: the points the caller runs or staffs (empty for everyone else). */
export async function myPoints(): Promise<AdminPickupPointView[]> {
  return (await invoke('fulfilment', 'myPoints', {})).items
}

export async function listPickupPoints(): Promise<AdminPickupPointView[]> {
  return (await invoke('fulfilment', 'listPickupPoints', {})).items
}

/** Creates a point (no pointId) or updates one. */
export async function savePickupPoint(input: PickupPointInput): Promise<AdminPickupPointView> {
  return (await invoke('fulfilment', 'savePickupPoint', input)).point
}

/** Adds a member as staff of a point, or removes them. */
export async function assignPointStaff(pointId: string, openid: string, remove = false): Promise<AdminPickupPointView> {
  return (await invoke('fulfilment', 'assignPointStaff', { pointId, openid, ...(remove ? { remove: true } : {}) })).point
}

export type AdminAfterSale = AfterSaleView & { title: string; buyerNickname: string; amountFen: Fen }

export function afterSales(status?: AfterSaleStatus, cursor?: string): Promise<{ items: AdminAfterSale[]; cursor?: string }> {
  return invoke('fulfilment', 'afterSales', { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) })
}

/** Approve (refund through the refund flow; `returnReceived` restocks a returned unit) or reject with a note. */
export async function reviewAfterSale(afterSaleId: string, approve: boolean, note: string, returnReceived?: boolean): Promise<AfterSaleView> {
  return (
    await invoke('fulfilment', 'reviewAfterSale', {
      afterSaleId,
      approve,
      note,
      ...(returnReceived !== undefined ? { returnReceived } : {}),
    })
  ).afterSale
}

export interface FulfilmentSettings {
  autoReceiveDays: number
  afterSaleDays: number
}

export function fulfilmentSettings(): Promise<FulfilmentSettings> {
  return invoke('fulfilment', 'settings', {})
}

export function saveFulfilmentSettings(settings: FulfilmentSettings): Promise<FulfilmentSettings> {
  return invoke('fulfilment', 'saveSettings', settings)
}
