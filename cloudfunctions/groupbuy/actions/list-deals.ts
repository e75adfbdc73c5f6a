import { z } from 'zod';
import type { ListDealsOutput } from '../../shared/api';
import type { DealDoc } from '../../shared/model';
import { homeOrder, titleMatches } from '../../shared/domain/deal';
import { action } from '../../shared/runtime/router';
import { idSchema } from '../../shared/runtime/schemas';
import { dealView } from '../views';
import { listCategories } from '../categories';
import { withStockTotals } from '../flows/stock-shards';

export const PAGE_SIZE = 10;
/** Live deals read at most, to order them by what can be bought; a brand runs far fewer at once. */
export const LIVE_DEALS_READ = 200;

const pageCursor = z
  .string()
  .regex(/^\d{1,4}$/, '格式不正确')
  .optional();

/**
 * Deals on the home page: live and upcoming ones, never drafts or ended ones; buyable
 * first, then upcoming, then sold out (see homeOrder). `q` searches titles, `categoryId`
 * narrows to a category. The first page also carries the categories (one round trip).
 * The cursor is the offset into that order.
 */
export const listDeals = action({
  input: z.object({ cursor: pageCursor, q: z.string().trim().max(40).optional(), categoryId: idSchema.optional() }),
  async handler({ cursor, q, categoryId }, { db, now }): Promise<ListDealsOutput> {
    const live = { status: 'active', endAt: db.command.gt(now), ...(categoryId ? { categoryId } : {}) };
    const first = !cursor;
    const [dealsRes, categories] = await Promise.all([
      db.collection('deals').where(live).orderBy('startAt', 'desc').limit(LIVE_DEALS_READ).get(),
      first ? listCategories(db) : Promise.resolve(undefined),
    ]);
    // Sharded deals show the sum of their shards (one more query only when the page has one).
    const found = (await withStockTotals(db, dealsRes.data as DealDoc[])).filter((d) => !q || titleMatches(d.title, q));
    const from = Number(cursor ?? 0);
    const page = homeOrder(found, now).slice(from, from + PAGE_SIZE);
    const next = from + PAGE_SIZE < found.length ? String(from + PAGE_SIZE) : undefined;
    return {
      items: page.map((deal) => dealView(deal, now)),
      ...(next ? { cursor: next } : {}),
      ...(categories ? { categories } : {}),
    };
  },
});
