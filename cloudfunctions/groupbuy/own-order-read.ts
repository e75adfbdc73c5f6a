import type { Database } from '../shared/runtime/cloud';
import type { OrderView } from '../shared/api';
import type { AfterSaleDoc, GroupDoc, OrderDoc, RefundDoc } from '../shared/model';
import type { FulfilmentConfig } from '../shared/domain/delivery';
import { AppError } from '../shared/runtime/app-error';
import { JoinedRow, joinedOne, lookupById, readJoined } from '../shared/runtime/aggregate';
import { FULFILMENT_CONFIG_ID, fulfilmentConfigOf } from '../fulfilment/flows/config';
import { orderView } from './views';

/** The caller's own order with everything its view shows (its group, refund, after-sale and the fulfilment settings). */
export interface OwnOrderRead {
  order: OrderDoc;
  group: GroupDoc | null;
  refund: RefundDoc | null;
  /** The after-sale the shopper sees: the open one, or the last decided (a refusal's note stays visible). */
  afterSale: AfterSaleDoc | null;
  config: FulfilmentConfig;
  /** The row as read, with what the caller's own lookups added. */
  row: JoinedRow;
}

/** The lookups' fields (named apart from the order's own). */
const JOINED = { group: 'viewGroup', refund: 'viewRefund', open: 'viewOpenAfterSale', last: 'viewLastAfterSale', config: 'viewConfig' } as const;
const byField = (from: string, localField: string, as: string) => ({ from, localField, foreignField: '_id', as });
const VIEW_LOOKUPS = [
  byField('groups', 'groupId', JOINED.group),
  byField('refunds', 'refundId', JOINED.refund),
  byField('afterSales', 'afterSaleId', JOINED.open),
  byField('afterSales', 'lastAfterSaleId', JOINED.last),
  lookupById('config', FULFILMENT_CONFIG_ID, JOINED.config),
];

/**
 * The caller's own order and what its view needs, in one round trip (an aggregate from the
 * order, `more` lookups beside the view's); someone else's order is NOT_FOUND, never
 * FORBIDDEN (ids are not confirmed).
 */
export async function readOwnOrder(db: Database, orderId: string, openid: string, more: { as: string }[] = []): Promise<OwnOrderRead> {
  const lookups = [...VIEW_LOOKUPS, ...more];
  const row = await readJoined(db, 'orders', orderId, lookups);
  if (!row || row.openid !== openid) throw new AppError('NOT_FOUND');
  const joined = new Set(lookups.map((l) => l.as));
  const order = Object.fromEntries(Object.entries(row).filter(([field]) => !joined.has(field))) as unknown as OrderDoc;
  return {
    order,
    group: order.groupId ? joinedOne<GroupDoc>(row, JOINED.group) : null,
    refund: order.refundId ? joinedOne<RefundDoc>(row, JOINED.refund) : null,
    afterSale: order.afterSaleId ? joinedOne<AfterSaleDoc>(row, JOINED.open) : order.lastAfterSaleId ? joinedOne<AfterSaleDoc>(row, JOINED.last) : null,
    config: fulfilmentConfigOf(joinedOne(row, JOINED.config)),
    row,
  };
}

/** The order's view from what readOwnOrder read. */
export function ownOrderView(read: OwnOrderRead, now: Date): OrderView {
  return orderView(read.order, read.group, read.refund, read.config, read.afterSale, now);
}
