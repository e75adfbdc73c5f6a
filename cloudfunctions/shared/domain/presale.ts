/**
 * A C2M pre-sale (先有订单，再有生产) on a deal: while it is open, a paid order
 * waits; at `endsAt` the campaign closes once, succeeding when the paid quantity
 * reached the minimum; then every waiting order follows the outcome. Pure.
 */
import { presaleOutcome } from './cocreation';

export interface Presale {
  endsAt: Date;
  minQuantity: number;
  status: 'open' | 'succeeded' | 'failed';
}

export { presaleOutcome };

/** What a paid order of a deal does now: becomes effective, waits for the close, or is refunded (the campaign failed). */
export function paidOrderFate(presale: Presale | null | undefined): 'effective' | 'wait' | 'refund' {
  if (!presale || presale.status === 'succeeded') return 'effective';
  return presale.status === 'open' ? 'wait' : 'refund';
}

/** New orders: none once the deadline passed (until the close, and for good after a failure); a success sells on as usual. */
export function presaleTakesOrders(presale: Presale | null | undefined, now: Date): boolean {
  if (!presale || presale.status === 'succeeded') return true;
  return presale.status === 'open' && now < new Date(presale.endsAt);
}

/** Whether the campaign is due to close. */
export function presaleDue(presale: Presale | null | undefined, now: Date): boolean {
  return presale?.status === 'open' && new Date(presale.endsAt) <= now;
}
