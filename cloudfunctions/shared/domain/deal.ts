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
