import { formatYuan, type Fen } from './money';

/** The price a deal adopted from a poll starts with when nothing better is known: a placeholder, never a price. */
export const PLACEHOLDER_PRICE_FEN: Fen = 100;

export interface SaleBlocker {
  field: 'groupPriceFen' | 'stock' | 'image';
  /** What to fill in, in the operator's words. */
  message: string;
}

export interface DealReadiness {
  groupPriceFen: Fen;
  stockInitial: number;
  image: string;
  /** Set on a deal adopted from a poll: its price is a placeholder while it still equals this. */
  placeholderPriceFen?: Fen | null;
}

/**
 * What stops a deal from going on sale (上架): a price still at its placeholder, no stock,
 * or no picture. Empty when it may go on sale.
 */
export function saleBlockers(deal: DealReadiness): SaleBlocker[] {
  const blockers: SaleBlocker[] = [];
  if (deal.placeholderPriceFen != null && deal.groupPriceFen === deal.placeholderPriceFen) {
    blockers.push({ field: 'groupPriceFen', message: `拼团价（现为占位的 ${formatYuan(deal.groupPriceFen)}）` });
  }
  if (deal.stockInitial <= 0) blockers.push({ field: 'stock', message: '库存（现为 0）' });
  if (!deal.image) blockers.push({ field: 'image', message: '商品图片' });
  return blockers;
}

/** The refusal an operator reads: 上架前请先填写：拼团价（现为占位的 ¥1.00）、库存（现为 0）. */
export function saleBlockedMessage(blockers: SaleBlocker[]): string {
  return `上架前请先填写：${blockers.map((b) => b.message).join('、')}`;
}
