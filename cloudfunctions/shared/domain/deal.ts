/** When a deal can be bought: pure, the caller passes `now`. */
export interface DealWindow {
  status: 'draft' | 'active' | 'closed';
  startAt: Date;
  endAt: Date;
  stockLeft: number;
}

export type DealPhase = 'draft' | 'upcoming' | 'on_sale' | 'sold_out' | 'ended';

export function dealPhase(deal: DealWindow, now: Date): DealPhase {
  if (deal.status === 'draft') return 'draft';
  if (deal.status === 'closed' || now >= deal.endAt) return 'ended';
  if (now < deal.startAt) return 'upcoming';
  return deal.stockLeft > 0 ? 'on_sale' : 'sold_out';
}

/** A shopper may see a deal unless it is still a draft; only an on-sale deal can be bought. */
export function isVisibleToShoppers(deal: DealWindow, now: Date): boolean {
  const phase = dealPhase(deal, now);
  return phase !== 'draft';
}

const HOME_RANK: Record<DealPhase, number> = { on_sale: 0, upcoming: 1, sold_out: 2, ended: 3, draft: 4 };

/**
 * The home list's order: deals you can buy now first (newest first), then those
 * opening later (soonest first), then sold-out ones (newest first).
 */
export function homeOrder<T extends DealWindow & { _id: string }>(deals: T[], now: Date): T[] {
  const ranked = deals.map((deal) => ({ deal, phase: dealPhase(deal, now) }));
  ranked.sort((a, b) => {
    const byPhase = HOME_RANK[a.phase] - HOME_RANK[b.phase];
    if (byPhase !== 0) return byPhase;
    const byStart = a.deal.startAt.getTime() - b.deal.startAt.getTime();
    if (byStart !== 0) return a.phase === 'upcoming' ? byStart : -byStart;
    return a.deal._id < b.deal._id ? -1 : a.deal._id > b.deal._id ? 1 : 0;
  });
  return ranked.map((r) => r.deal);
}

/** A title search: every word of `q` appears in the title, ignoring case and spaces around. */
export function titleMatches(title: string, q: string): boolean {
  const t = title.toLowerCase();
  return q.toLowerCase().split(/\s+/).filter(Boolean).every((word) => t.includes(word));
}
