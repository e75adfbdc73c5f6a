import type { Database } from '../../shared/runtime/cloud';
import type { RefundDoc } from '../../shared/model';
import type { PaymentProvider } from '../../shared/providers/payment/port';
import { Budget, UNBOUNDED } from '../../shared/runtime/budget';
import { attemptRefund } from './refund';
import { queryProcessingRefund } from './refund-results';

const BATCH = 100;

export interface RefundRun {
  /** Refunds sent again (pending or failed before). */
  retried: number;
  /** Processing refunds whose result was asked for. */
  queried: number;
  succeeded: number;
  failed: number;
  processing: number;
  abnormal: number;
  /** Due work left for the next run because the budget ran out. */
  more: number;
}

/**
 * The retryRefunds job: every refund that is due is sent again with the same refund
 * number, and every refund still processing at the platform is queried (WeChat: GET
 * /v3/refund/domestic/refunds/{out_refund_no}) when its next query is due. Work is
 * selected by state, so a run that stops at its budget leaves the rest to the next one;
 * a refund another runner holds is skipped.
 */
export async function retryDueRefunds(db: Database, provider: PaymentProvider, now: Date, budget: Budget = UNBOUNDED): Promise<RefundRun> {
  const _ = db.command;
  const run: RefundRun = { retried: 0, queried: 0, succeeded: 0, failed: 0, processing: 0, abnormal: 0, more: 0 };
  const due = (status: RefundDoc['status'][]) =>
    db.collection('refunds').where({ status: _.in(status), nextAttemptAt: _.lte(now) }).orderBy('nextAttemptAt', 'asc').limit(BATCH).get();
  const tally = (result: string) => {
    if (result === 'succeeded' || result === 'failed' || result === 'processing' || result === 'abnormal') run[result]++;
  };

  const toSend = (await due(['pending', 'failed'])).data as RefundDoc[];
  for (const [i, refund] of toSend.entries()) {
    if (budget.exhausted()) {
      run.more += toSend.length - i;
      return run;
    }
    const result = await attemptRefund(db, provider, refund._id, now);
    if (result !== 'busy') run.retried++;
    tally(result);
  }
  const toQuery = (await due(['processing'])).data as RefundDoc[];
  for (const [i, refund] of toQuery.entries()) {
    if (budget.exhausted()) {
      run.more += toQuery.length - i;
      return run;
    }
    const result = await queryProcessingRefund(db, provider, refund._id, now);
    if (result !== 'busy') run.queried++;
    tally(result);
  }
  return run;
}
