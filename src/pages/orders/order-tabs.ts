import type { OrderTab } from '@shared/api'
import { ORDER_TABS } from '@shared/domain/order-tabs'

export type OrderTabKey = OrderTab | 'all'

/** 我的订单's tabs, in their order. */
export const ORDER_TAB_ITEMS = ORDER_TABS.map(({ tab, label }) => ({ key: tab, label }))

/** The tab a link asks for (`?tab=unpaid`); anything else is 全部. */
export function tabFromQuery(tab: string | undefined): OrderTabKey {
  return ORDER_TABS.some((t) => t.tab === tab) ? (tab as OrderTabKey) : 'all'
}
