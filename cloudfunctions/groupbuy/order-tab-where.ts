import type { Database } from '../shared/runtime/cloud';
import { ORDER_TAB_FILTERS, OrderTab } from '../shared/domain/order-tabs';

/** The database condition of one of 我的订单's tabs for `openid` (see ORDER_TAB_FILTERS). */
export function orderTabWhere(db: Database, openid: string, tab: OrderTab | undefined, now: Date): object {
  if (!tab) return { openid };
  const _ = db.command;
  const f = ORDER_TAB_FILTERS[tab];
  const own: Record<string, unknown> = { status: f.statuses.length === 1 ? f.statuses[0] : _.in(f.statuses) };
  if (f.payable) own.reservedUntil = _.gt(now);
  if (f.shipped !== undefined) own.shippedAt = f.shipped ? _.neq(null) : null;
  if (f.afterSaleOpen === false) own.afterSaleId = null;
  return _.and([{ openid }, f.orAfterSaleOpen ? _.or([own, { afterSaleId: _.neq(null) }]) : own]);
}
