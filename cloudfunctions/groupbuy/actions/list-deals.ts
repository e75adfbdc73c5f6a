import { z } from 'zod';
import type { ListDealsOutput } from '../../shared/api';
import type { DealDoc } from '../../shared/model';
import { action } from '../../shared/runtime/router';
import { decodeCursor, encodeCursor } from '../../shared/runtime/cursor';
import { dealView } from '../views';

export const PAGE_SIZE = 10;

/** Deals on the home page, newest first: live and upcoming ones, never drafts or ended ones. */
export const listDeals = action({
  input: z.object({ cursor: z.string().max(200).optional() }),
  async handler({ cursor }, { db, now }): Promise<ListDealsOutput> {
    const _ = db.command;
    const live = { status: 'active', endAt: _.gt(now) };
    let query: unknown = live;
    if (cursor) {
      const after = decodeCursor(cursor);
      const at = new Date(Number(after.k));
      query = _.and([live, _.or([{ startAt: _.lt(at) }, { startAt: at, _id: _.lt(after.id) }])]);
    }
    const res = await db
      .collection('deals')
      .where(query as object)
      .orderBy('startAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(PAGE_SIZE + 1)
      .get();
    const docs = res.data as DealDoc[];
    const page = docs.slice(0, PAGE_SIZE);
    const last = page[page.length - 1];
    return {
      items: page.map((deal) => dealView(deal, now)),
      ...(docs.length > PAGE_SIZE && last
        ? { cursor: encodeCursor({ k: new Date(last.startAt).getTime(), id: last._id }) }
        : {}),
    };
  },
});
