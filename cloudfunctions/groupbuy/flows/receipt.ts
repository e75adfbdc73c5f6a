import type { Database } from '../../shared/runtime/cloud';
import type { PerkDoc } from '../../shared/model';
import type { CommissionDoc } from '../../distribution/flows/commissions';
import { AppError } from '../../shared/runtime/app-error';
import { joinedOne, lookupById } from '../../shared/runtime/aggregate';
import { completionFacts } from '../../shared/domain/completion';
import { completeOrder } from '../../fulfilment/flows/completion';
import { OwnOrderRead, readOwnOrder } from '../own-order-read';

/** Read with the order for its completion: its commission (same id) and its deal's perks. */
const receiptLookups = (orderId: string) => [
  lookupById('commissions', orderId, 'receiptCommission'),
  { from: 'perks', localField: 'dealId', foreignField: 'dealId', as: 'receiptPerks' },
];

/**
 * 确认收货: the caller's shipped express order completes, once (one conditional update:
 * of concurrent confirms, or a confirm and the auto-receipt, one completes it; a repeat
 * answers the completed order). A pickup order completes only when verified at the
 * point. What follows completion (the commission's due date, partner vouchers) uses
 * what was read with the order. Answers the order as it now is.
 */
export async function receiveOwnOrder(db: Database, orderId: string, openid: string, now: Date): Promise<OwnOrderRead> {
  const read = await readOwnOrder(db, orderId, openid, receiptLookups(orderId));
  const { order } = read;
  if (order.delivery?.mode === 'pickup') throw new AppError('ORDER_STATE', '自提订单在自提点出示取货码核销后完成');
  if (order.status === 'completed') return read;
  if (order.status !== 'effective' || !order.shippedAt) throw new AppError('ORDER_STATE', '订单还没有发货，不能确认收货');
  const facts = completionFacts(
    {
      rewardsDone: order.rewardsDone,
      commission: joinedOne<CommissionDoc>(read.row, 'receiptCommission'),
      perks: (read.row.receiptPerks as PerkDoc[] | undefined) ?? [],
      afterSaleDays: read.config.afterSaleDays,
    },
    now,
  );
  // Lost to another confirm or the auto-receipt (or a refund started): the order as it now is.
  if (!(await completeOrder(db, orderId, now, { shippedAt: db.command.neq(null) }, facts))) return readOwnOrder(db, orderId, openid);
  return { ...read, order: { ...order, status: 'completed', completedAt: now, updatedAt: now } };
}
