import { now } from '../shared/runtime/clock';
import { database } from '../shared/runtime/cloud';
import { callerFrom } from '../shared/runtime/identity';
import { logError } from '../shared/runtime/logger';
import { PaymentRejected } from '../shared/providers/payment/port';
import { payoutProvider } from '../shared/providers/payout';
import { applyTransferNotice } from '../distribution/flows/withdrawals';
import { notificationOf, reply } from '../payNotify/http';

/**
 * The transfer notification (商家转账回调通知 MCHTRANSFER.BILL.FINISHED at
 * WXPAY_TRANSFER_NOTIFY_URL through CloudBase HTTP access; locally POST /dev/payout
 * delivers the sandbox's through this same function). Only the payout platform may call
 * it: a mini-program caller is refused, and the signature must verify before anything is
 * read or written. A bill already applied is acknowledged again unchanged.
 */
export async function main(event: unknown, context: unknown) {
  if (callerFrom(context).openid) return reply(403, 'FAIL', 'not the payout platform');
  const http = notificationOf(event);
  if (!http) return reply(400, 'FAIL', 'not an HTTP POST');
  try {
    const notice = await payoutProvider().verifyNotification(http);
    const outcome = await applyTransferNotice(database(), notice, now());
    if (outcome === 'unknown_bill' || outcome === 'mismatch') {
      logError('transfer_notice_rejected', { outBillNo: notice.outBillNo, outcome });
      return reply(400, 'FAIL', outcome);
    }
    return reply(200, 'SUCCESS');
  } catch (err) {
    if (err instanceof PaymentRejected) {
      logError('transfer_notice_rejected', { reason: err.reason });
      return reply(400, 'FAIL', err.reason);
    }
    logError('transfer_notice_failed', { error: String((err as Error)?.stack ?? err) });
    return reply(500, 'FAIL', 'temporarily unavailable');
  }
}
