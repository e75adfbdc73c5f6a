import { now } from '../shared/runtime/clock';
import { database } from '../shared/runtime/cloud';
import { paymentProvider } from '../shared/providers/payment';
import { applyRefundNotification } from '../groupbuy/flows/refund-results';
import { answerNotification } from '../payNotify/http';

/**
 * The refund result notification (WeChat Pay v3 退款结果通知: REFUND.SUCCESS, REFUND.ABNORMAL,
 * REFUND.CLOSED), at the notify_url sent with each refund (WXPAY_REFUND_NOTIFY_URL, this
 * function's HTTP access path); locally POST /dev/refund delivers the sandbox's through this
 * same function. Only the payment platform may call it, and the signature must verify and
 * the resource decrypt (the payment notification's own code) before anything is read or
 * written. An unknown refund is refused; a repeat is acknowledged and changes nothing.
 */
export async function main(event: unknown, context: unknown) {
  return answerNotification(event, context, 'refund_notification', async (http) => {
    const notification = await paymentProvider().verifyRefundNotification(http);
    await applyRefundNotification(database(), notification, now());
  });
}
