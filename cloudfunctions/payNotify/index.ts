import { now } from '../shared/runtime/clock';
import { database } from '../shared/runtime/cloud';
import { callerFrom } from '../shared/runtime/identity';
import { logError } from '../shared/runtime/logger';
import { paymentProvider, PaymentRejected } from '../shared/providers/payment';
import { applyPayment } from '../groupbuy/flows/payment';
import { notificationOf, reply } from './http';

/**
 * The payment notification (WeChat Pay v3 notify_url through CloudBase HTTP access;
 * locally POST /dev/pay delivers the sandbox's through this same function).
 * Only the payment platform may call it: a mini-program caller is refused, and the
 * notification's signature must verify before anything is read or written.
 */
export async function main(event: unknown, context: unknown) {
  if (callerFrom(context).openid) return reply(403, 'FAIL', 'not the payment platform');
  const http = notificationOf(event);
  if (!http) return reply(400, 'FAIL', 'not an HTTP POST');
  const provider = paymentProvider();
  try {
    const notification = await provider.verifyNotification(http);
    await applyPayment(database(), provider, notification, now());
    return reply(200, 'SUCCESS');
  } catch (err) {
    if (err instanceof PaymentRejected) {
      logError('payment_rejected', { reason: err.reason });
      return reply(400, 'FAIL', err.reason);
    }
    logError('payment_failed', { error: String((err as Error)?.stack ?? err) });
    return reply(500, 'FAIL', 'temporarily unavailable');
  }
}
