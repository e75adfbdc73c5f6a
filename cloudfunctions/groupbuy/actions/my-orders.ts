import { z } from 'zod';
import type { OrderCounts, OrderView } from '../../shared/api';
import type { OrderDoc } from '../../shared/model';
import { ORDER_TAB_IDS, OrderTab } from '../../shared/domain/order-tabs';
import { action } from '../../shared/runtime/router';
import { pageByTime, Page } from '../../shared/runtime/paging';
import { cursorSchema } from '../../shared/runtime/schemas';
import { orderViews } from '../order-views';
import { orderTabWhere } from '../order-tab-where';
import { orderTabCounts } from '../order-tab-counts';

const PAGE_SIZE = 10;
const tabSchema = z.enum(ORDER_TAB_IDS as [OrderTab, ...OrderTab[]]);

/** 我的订单: the caller's orders, newest first, with what happens next; `status` narrows to one tab. */
export const myOrders = action({
  input: z.object({ cursor: cursorSchema, status: tabSchema.optional() }),
  async handler({ cursor, status }, { db, openid, now }): Promise<Page<OrderView>> {
    const where = orderTabWhere(db, openid, status, now);
    const page = await pageByTime<OrderDoc>(db, 'orders', where, 'createdAt', cursor, PAGE_SIZE);
    return { ...page, items: await orderViews(db, page.items, now) };
  },
});

/** 我的's order shortcuts: how many orders wait in each tab, in one round trip. */
export const orderCounts = action({
  input: z.object({}),
  async handler(_input, { db, openid, now }): Promise<{ counts: OrderCounts }> {
    return { counts: await orderTabCounts(db, openid, now) };
  },
});
