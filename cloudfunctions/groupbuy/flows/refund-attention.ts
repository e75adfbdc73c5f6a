import type { Database } from '../../shared/runtime/cloud';
import type { RefundDoc } from '../../shared/model';
import type { PaymentProvider } from '../../shared/providers/payment/port';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { attemptRefund } from './refund';
import { markOrderRefunded, outRefundNoOf } from './refund-results';

export type RefundResolution =
  /** CLOSED (the merchant's balance did not cover it): send it again under a new refund number, after topping up. */
  | { kind: 'retry'; note: string }
  /** Handled outside this app (商户平台 交易中心 异常退款处理, or paid back another way): the order is refunded, with the note. */
  | { kind: 'offline'; note: string };

/** The next refund number of a refund the brand re-issues: `<id>-2`, `<id>-3` … */
export function nextOutRefundNo(refund: Pick<RefundDoc, '_id' | 'outRefundNo'>): string {
  const current = /-(\d+)$/.exec(outRefundNoOf(refund));
  return `${refund._id}-${current ? Number(current[1]) + 1 : 2}`;
}

/**
 * The brand's decision on an abnormal refund, once (a conditional update from abnormal).
 * An ABNORMAL refund's money waits at WeChat Pay (the buyer's card was closed or frozen):
 * it cannot be sent again, only handled at the platform, then marked handled here.
 */
export async function resolveAbnormalRefund(
  db: Database,
  provider: PaymentProvider,
  refundId: string,
  resolution: RefundResolution,
  by: string,
  now: Date,
): Promise<RefundDoc> {
  const refund = await getDoc<RefundDoc>(db, 'refunds', refundId);
  if (!refund) throw new AppError('NOT_FOUND', '退款记录不存在');
  if (refund.status !== 'abnormal') throw new AppError('ORDER_STATE', '这笔退款不在待处理的异常中，可能已经处理过了');
  const decided = { kind: resolution.kind, note: resolution.note, by, at: now };
  if (resolution.kind === 'retry') {
    if (refund.platformStatus !== 'CLOSED') {
      throw new AppError('ORDER_STATE', '退款异常的款项停留在微信支付，不能重新发起；请在商户平台「交易中心」处理后标记为已线下处理');
    }
    const moved = await db
      .collection('refunds')
      .where({ _id: refundId, status: 'abnormal', platformStatus: 'CLOSED' })
      .update({ status: 'pending', outRefundNo: nextOutRefundNo(refund), platformStatus: null, attempts: 0, nextAttemptAt: now, abnormalAt: null, resolution: decided, updatedAt: now });
    if (updatedCount(moved) !== 1) throw new AppError('ORDER_STATE', '这笔退款刚刚被处理过了');
    await attemptRefund(db, provider, refundId, now);
  } else {
    const moved = await db
      .collection('refunds')
      .where({ _id: refundId, status: 'abnormal' })
      .update({ status: 'resolved', resolution: decided, updatedAt: now });
    if (updatedCount(moved) !== 1) throw new AppError('ORDER_STATE', '这笔退款刚刚被处理过了');
    await markOrderRefunded(db, refund.orderId, now);
  }
  return (await getDoc<RefundDoc>(db, 'refunds', refundId))!;
}
