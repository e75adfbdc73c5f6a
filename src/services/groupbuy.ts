import type {
  GetDealOutput,
  GroupView,
  JoinGroupOutput,
  ListDealsOutput,
  OrderPaymentOutput,
  OrderView,
  StartGroupOutput,
} from '@shared/api'
import { invoke } from './api-client'

export function listDeals(cursor?: string): Promise<ListDealsOutput> {
  return invoke('groupbuy', 'listDeals', cursor ? { cursor } : {})
}

export function getDeal(dealId: string): Promise<GetDealOutput> {
  return invoke('groupbuy', 'getDeal', { dealId })
}

/** `code`: the distribution code of the card the shopper came from, when there is one. */
const withCode = (code: string | undefined) => (code ? { code } : {})

export function startGroup(dealId: string, code?: string): Promise<StartGroupOutput> {
  return invoke('groupbuy', 'startGroup', { dealId, ...withCode(code) })
}

export function joinGroup(groupId: string, code?: string): Promise<JoinGroupOutput> {
  return invoke('groupbuy', 'joinGroup', { groupId, ...withCode(code) })
}

export function buySolo(dealId: string, code?: string): Promise<OrderPaymentOutput> {
  return invoke('groupbuy', 'buySolo', { dealId, ...withCode(code) })
}

export async function getGroup(groupId: string): Promise<GroupView> {
  return (await invoke('groupbuy', 'getGroup', { groupId })).group
}

export function myOrders(cursor?: string): Promise<{ items: OrderView[]; cursor?: string }> {
  return invoke('groupbuy', 'myOrders', cursor ? { cursor } : {})
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
