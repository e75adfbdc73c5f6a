import type { Database } from '../../shared/runtime/cloud';
import type { RefundDoc } from '../../shared/model';
import type { PaymentProvider } from '../../shared/providers/payment/port';
import { attemptRefund } from './refund';

const BATCH = 100;

/** Tries every refund that is due again; a refund another runner holds is skipped. */
export async function retryDueRefunds(db: Database, provider: PaymentProvider, now: Date): Promise<{ succeeded: number; failed: number }> {
  const _ = db.command;
  const due = await db
    .collection('refunds')
    .where({ status: _.in(['pending', 'failed']), nextAttemptAt: _.lte(now) })
    .orderBy('nextAttemptAt', 'asc')
    .limit(BATCH)
    .get();
  let succeeded = 0;
  let failed = 0;
  for (const refund of due.data as RefundDoc[]) {
    const result = await attemptRefund(db, provider, refund._id, now);
    if (result === 'succeeded') succeeded++;
    if (result === 'failed') failed++;
  }
  return { succeeded, failed };
}
