/**
 * 我的订单's tabs: which orders each shows, from the order's status and where its
 * goods are (the fulfilment stage). Pure; the query that serves a tab is described
 * here as data and turned into a database condition by the action.
 */
import type { FulfilmentStage } from './delivery';
import type { OrderStatus } from './order';

export type OrderTab = 'unpaid' | 'grouping' | 'to_ship' | 'to_receive' | 'completed' | 'after_sale';

export const ORDER_TABS: { tab: OrderTab | 'all'; label: string }[] = [
  { tab: 'all', label: '全部' },
  { tab: 'unpaid', label: '待付款' },
  { tab: 'grouping', label: '拼团中' },
  { tab: 'to_ship', label: '待发货' },
  { tab: 'to_receive', label: '待收货' },
  { tab: 'completed', label: '已完成' },
  { tab: 'after_sale', label: '售后' },
];

export const ORDER_TAB_IDS = ORDER_TABS.map((t) => t.tab).filter((t): t is OrderTab => t !== 'all');

/**
 * The tab an order belongs to besides 全部 (null: only 全部, e.g. cancelled).
 * Goods not yet sent (快递待发货, or not yet at the pickup point) are 待发货; sent
 * or waiting at the point are 待收货; refunds and open after-sales are 售后.
 */
export function tabOfStage(stage: FulfilmentStage): OrderTab | null {
  switch (stage) {
    case 'unpaid':
      return 'unpaid';
    case 'grouping':
      return 'grouping';
    case 'to_ship':
    case 'to_arrive':
      return 'to_ship';
    case 'shipped':
    case 'at_point':
      return 'to_receive';
    case 'completed':
      return 'completed';
    case 'after_sale':
    case 'refunding':
    case 'refunded':
      return 'after_sale';
    default:
      return null;
  }
}

/**
 * What a tab selects, as stored fields: statuses; whether the goods left (shippedAt
 * is set when an express parcel ships and when pickup goods reach the point);
 * whether an after-sale is open; whether the pay time is still ahead (an overdue
 * unpaid order is shown as cancelled). `orAfterSaleOpen`: also any order with an
 * open after-sale, whatever its status.
 */
export interface OrderTabFilter {
  statuses: OrderStatus[];
  shipped?: boolean;
  afterSaleOpen?: boolean;
  payable?: boolean;
  orAfterSaleOpen?: boolean;
}

export const ORDER_TAB_FILTERS: Record<OrderTab, OrderTabFilter> = {
  unpaid: { statuses: ['pending_payment'], payable: true },
  grouping: { statuses: ['paid'] },
  to_ship: { statuses: ['effective'], shipped: false, afterSaleOpen: false },
  to_receive: { statuses: ['effective'], shipped: true, afterSaleOpen: false },
  completed: { statuses: ['completed'], afterSaleOpen: false },
  after_sale: { statuses: ['refunding', 'refunded'], orAfterSaleOpen: true },
};
