import { z } from 'zod';
import type { ListDealsOutput } from '../../shared/api';
import type { DealDoc } from '../../shared/model';
import { action } from '../../shared/runtime/router';
import { pageByTime } from '../../shared/runtime/paging';
import { cursorSchema } from '../../shared/runtime/schemas';
import { dealView } from '../views';

export const PAGE_SIZE = 10;

/** Deals on the home page, newest first: live and upcoming ones, never drafts or ended ones. */
export const listDeals = action({
  input: z.object({ cursor: cursorSchema }),
  async handler({ cursor }, { db, now }): Promise<ListDealsOutput> {
    const live = { status: 'active', endAt: db.command.gt(now) };
    const page = await pageByTime<DealDoc>(db, 'deals', live, 'startAt', cursor, PAGE_SIZE);
    return { ...page, items: page.items.map((deal) => dealView(deal, now)) };
  },
});
