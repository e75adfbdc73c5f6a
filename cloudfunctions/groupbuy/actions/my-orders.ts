import { z } from 'zod';
import type { OrderView } from '../../shared/api';
import type { OrderDoc } from '../../shared/model';
import { action } from '../../shared/runtime/router';
import { pageByTime, Page } from '../../shared/runtime/paging';
import { cursorSchema } from '../../shared/runtime/schemas';
import { orderViews } from '../order-views';

const PAGE_SIZE = 10;

/** 我的订单: the caller's orders, newest first, with what happens next. */
export const myOrders = action({
  input: z.object({ cursor: cursorSchema }),
  async handler({ cursor }, { db, openid }): Promise<Page<OrderView>> {
    const page = await pageByTime<OrderDoc>(db, 'orders', { openid }, 'createdAt', cursor, PAGE_SIZE);
    return { ...page, items: await orderViews(db, page.items) };
  },
});
