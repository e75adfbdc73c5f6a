import type { Database } from '../../shared/runtime/cloud';
import type { RefundDoc, RefundStatus } from '../../shared/model';
import { PaymentRejected } from '../../shared/providers/payment/port';
import type { PaymentProvider, PlatformRefundStatus, RefundNotification } from '../../shared/providers/payment/port';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { logError } from '../../shared/runtime/logger';

/** The out_refund_no a refund is sent under: its id, or `<id>-<n>` once the brand re-issued a CLOSED one. */
export const outRefundNoOf = (refund: Pick<RefundDoc, '_id' | 'outRefundNo'>) => refund.outRefundNo ?? refund._id;

/** The refund record an out_refund_no belongs to. */
export const refundIdOfOutRefundNo = (outRefundNo: string) => outRefundNo.replace(/-\d+$/, '');

/**
 * Minutes until a processing refund is queried again after `queries` queries: WeChat Pay
 * advises a first query a minute after the request, then ever longer gaps.
 */
export function refundQueryDelayMinutes(queries: number): number {
  const delays = [1, 5, 10, 20, 30, 60];
  return delays[Math.min(Math.max(0, queries), delays.length - 1)];
}

export interface PlatformAnswer {
  status: PlatformRefundStatus;
  refundId: string;
  receivedAccount: string | null;
}

/**
 * Records what the platform said of a refund (its answer to the request, a query, or a
 * notification), each by one conditional update from the states it may follow, so a
 * repeat or a late, older answer changes nothing:
 * - SUCCESS: succeeded (from anything not yet final, abnormal included: the brand may have
 *   handled it at the platform), and the order refunded;
 * - PROCESSING: processing, queried from a minute on (only from pending / failed);
 * - ABNORMAL / CLOSED: abnormal, on the brand's attention list (never from succeeded).
 */
export async function recordRefundAnswer(db: Database, refund: RefundDoc, answer: PlatformAnswer, now: Date): Promise<RefundStatus> {
  const _ = db.command;
  const from = (states: RefundStatus[]) => db.collection('refunds').where({ _id: refund._id, status: _.in(states) });
  const common = { platformStatus: answer.status, providerRefundId: answer.refundId, lastError: null, updatedAt: now };
  if (answer.status === 'SUCCESS') {
    await from(['pending', 'failed', 'processing', 'abnormal']).update({ ...common, status: 'succeeded', receivedAccount: answer.receivedAccount });
  } else if (answer.status === 'PROCESSING') {
    const moved = await from(['pending', 'failed']).update({
      ...common,
      status: 'processing',
      queries: 0,
      nextAttemptAt: new Date(now.getTime() + refundQueryDelayMinutes(0) * 60_000),
    });
    if (updatedCount(moved) === 1) return 'processing';
  } else {
    const moved = await from(['pending', 'failed', 'processing']).update({ ...common, status: 'abnormal', abnormalAt: now });
    if (updatedCount(moved) === 1) logError('refund_abnormal', { refundId: refund._id, orderId: refund.orderId, platformStatus: answer.status });
  }
  const current = (await getDoc<RefundDoc>(db, 'refunds', refund._id))!;
  // Also when this answer was a repeat: finishes an order a first delivery left refunding.
  if (current.status === 'succeeded' || current.status === 'resolved') await markOrderRefunded(db, current.orderId, now);
  return current.status;
}

export async function markOrderRefunded(db: Database, orderId: string, now: Date): Promise<void> {
  await db.collection('orders').where({ _id: orderId, status: 'refunding' }).update({ status: 'refunded', updatedAt: now });
}

/**
 * Applies a verified refund notification (refundNotify). An unknown refund, another
 * order's or another amount is refused (PaymentRejected) before anything is written;
 * a notification for a number the refund no longer uses (a CLOSED one the brand
 * re-issued) is acknowledged and changes nothing.
 */
export async function applyRefundNotification(db: Database, n: RefundNotification, now: Date): Promise<RefundStatus | 'stale'> {
  const refund = await getDoc<RefundDoc>(db, 'refunds', refundIdOfOutRefundNo(n.outRefundNo));
  if (!refund || refund.orderId !== n.outTradeNo) throw new PaymentRejected('unknown refund');
  if (n.refundFen !== refund.amountFen || n.totalFen !== refund.totalFen) throw new PaymentRejected('refund amount mismatch');
  if (outRefundNoOf(refund) !== n.outRefundNo) return 'stale';
  return recordRefundAnswer(db, refund, { status: n.status, refundId: n.refundId, receivedAccount: n.receivedAccount }, now);
}

/**
 * Queries one processing refund that is due (retryRefunds). The query is claimed by a
 * conditional update that also schedules the next one, so two runners never query the
 * same refund at once, and a refund still PROCESSING is asked again later.
 */
export async function queryProcessingRefund(db: Database, provider: PaymentProvider, refundId: string, now: Date): Promise<RefundStatus | 'busy'> {
  const _ = db.command;
  const refund = await getDoc<RefundDoc>(db, 'refunds', refundId);
  if (!refund || refund.status !== 'processing') return 'busy';
  const queries = refund.queries ?? 0;
  const claim = await db
    .collection('refunds')
    .where({ _id: refundId, status: 'processing', queries, nextAttemptAt: _.lte(now) })
    .update({ queries: queries + 1, nextAttemptAt: new Date(now.getTime() + refundQueryDelayMinutes(queries + 1) * 60_000), updatedAt: now });
  if (updatedCount(claim) !== 1) return 'busy';
  try {
    const answer = await provider.queryRefund(outRefundNoOf(refund));
    if (answer.status === 'PROCESSING') return 'processing';
    return await recordRefundAnswer(db, refund, { status: answer.status, refundId: answer.refundId, receivedAccount: null }, now);
  } catch (err) {
    await db.collection('refunds').where({ _id: refundId, status: 'processing' }).update({ lastError: String((err as Error)?.message ?? err).slice(0, 300) });
    logError('refund_query_failed', { refundId, error: String(err) });
    return 'processing';
  }
}
