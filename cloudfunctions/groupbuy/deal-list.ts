import type { Database } from '../shared/runtime/cloud';
import type { DealCardView, ListDealsOutput } from '../shared/api';
import type { DealDoc } from '../shared/model';
import { dealPhase, homeOrder, titleMatches } from '../shared/domain/deal';
import { withStockTotals } from './flows/stock-shards';

export const PAGE_SIZE = 10;
/** Live deals read at most, to order them by what can be bought; a brand runs far fewer at once. */
export const LIVE_DEALS_READ = 200;

/** What a list card needs of a deal, and the stock figures a sharded deal's total adds up (no gallery, description or stock journal). */
const CARD_FIELDS = {
  title: true, subtitle: true, image: true, thumb: true, groupPriceFen: true, soloPriceFen: true, groupSize: true, startAt: true, endAt: true,
  autoComplete: true, status: true, tags: true, categoryId: true,
  stockLeft: true, stockSold: true, stockReserved: true, stockWrittenOff: true, transfers: true, stockShards: true,
} as const;

const iso = (d: Date) => new Date(d).toISOString();

export function dealCardView(deal: DealDoc, now: Date): DealCardView {
  return {
    dealId: deal._id,
    title: deal.title,
    subtitle: deal.subtitle,
    thumb: deal.thumb || deal.image,
    groupPriceFen: deal.groupPriceFen,
    soloPriceFen: deal.soloPriceFen,
    groupSize: deal.groupSize,
    stockLeft: deal.stockLeft,
    soldCount: deal.stockSold,
    startAt: iso(deal.startAt),
    endAt: iso(deal.endAt),
    autoComplete: deal.autoComplete,
    phase: dealPhase(deal, now),
    tags: deal.tags,
    categoryId: deal.categoryId ?? null,
  };
}

/**
 * A page of the home list in one query: live and upcoming deals, never drafts or ended ones;
 * buyable first, then upcoming, then sold out (see homeOrder). `q` searches titles,
 * `categoryId` narrows to a category; the cursor is the offset into that order. A sharded
 * deal shows the sum of its shards (one more query, only when the list has one).
 */
export async function dealPage(db: Database, now: Date, filter: { cursor?: string; q?: string; categoryId?: string }): Promise<ListDealsOutput> {
  const { cursor, q, categoryId } = filter;
  const live = { status: 'active', endAt: db.command.gt(now), ...(categoryId ? { categoryId } : {}) };
  const res = await db.collection('deals').where(live).orderBy('startAt', 'desc').limit(LIVE_DEALS_READ).field(CARD_FIELDS).get();
  const found = (await withStockTotals(db, res.data as DealDoc[])).filter((d) => !q || titleMatches(d.title, q));
  const from = Number(cursor ?? 0);
  const page = homeOrder(found, now).slice(from, from + PAGE_SIZE);
  const next = from + PAGE_SIZE < found.length ? String(from + PAGE_SIZE) : undefined;
  return { items: page.map((deal) => dealCardView(deal, now)), ...(next ? { cursor: next } : {}) };
}
