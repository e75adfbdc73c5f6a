import type { LocalCloud } from './local-cloud';
import type { OrderDoc } from '../cloudfunctions/shared/model';
import { database } from '../cloudfunctions/shared/runtime/cloud';
import { now } from '../cloudfunctions/shared/runtime/clock';
import { getDoc } from '../cloudfunctions/shared/runtime/documents';
import { sandboxControl, sandboxPaymentProvider } from '../cloudfunctions/shared/providers/payment';
import { invocationContext } from './functions-host';

/**
 * What happens when a shopper confirms the h5 pay sheet: the payment platform
 * signs a notification and delivers it to the notify function, as WeChat Pay
 * would over HTTP; then, as the shopper's app does when it comes back from paying,
 * the order is read through groupbuy getOrder as its buyer, which finishes the
 * payment's outbox task (paid-work.ts). With `returnToApp: false` only the
 * notification is delivered (the task then waits for a read or the drainOutbox job).
 * Nothing here touches the order itself.
 */
export async function deliverSandboxPayment(cloud: LocalCloud, orderId: string, opts: { returnToApp?: boolean } = {}) {
  const order = await getDoc<OrderDoc>(database(), 'orders', orderId);
  if (!order) return { ok: false, error: { code: 'NOT_FOUND', message: '订单不存在' } };
  const http = sandboxPaymentProvider().signNotification({
    outTradeNo: order._id,
    amountFen: order.amountFen,
    payerOpenid: order.openid,
    paidAt: now(),
  });
  const notify = cloud.functions.get('payNotify')!;
  const event = { httpMethod: 'POST', path: '/pay/notify', headers: http.headers, body: http.body, isBase64Encoded: false };
  const reply = (await notify(event, invocationContext('payNotify', { source: 'http' }))) as { statusCode: number; body: string };
  if (reply.statusCode !== 200) {
    return { ok: false, error: { code: 'PAYMENT_INVALID', message: `支付通知被拒绝：${JSON.parse(reply.body).message}` } };
  }
  if (opts.returnToApp !== false) {
    await cloud.functions.get('groupbuy')!({ action: 'getOrder', orderId }, invocationContext('groupbuy', { openid: order.openid, source: 'wx_client' }));
  }
  const after = await getDoc<OrderDoc>(database(), 'orders', orderId);
  return { ok: true, data: { orderId, status: after?.status } };
}

/**
 * What the payment platform does when a refund it held as PROCESSING ends: the bank
 * says SUCCESS, ABNORMAL or CLOSED, and (unless `notify` is false, leaving the result to
 * the retryRefunds query) the platform signs a refund notification and delivers it to
 * refundNotify, as WeChat Pay would over HTTP.
 */
export async function finishSandboxRefund(
  cloud: LocalCloud,
  outRefundNo: string,
  status: 'SUCCESS' | 'ABNORMAL' | 'CLOSED',
  notify = true,
) {
  let refund;
  try {
    refund = sandboxControl.finishRefund(outRefundNo, status);
  } catch (err) {
    return { ok: false, error: { code: 'NOT_FOUND', message: (err as Error).message } };
  }
  if (!notify) return { ok: true, data: { refund, delivered: false } };
  const reply = await deliverRefundNotification(cloud, sandboxPaymentProvider().signRefundNotification(refund));
  if (reply.statusCode !== 200) {
    return { ok: false, error: { code: 'PAYMENT_INVALID', message: `退款通知被拒绝：${JSON.parse(reply.body).message}` } };
  }
  return { ok: true, data: { refund, delivered: true } };
}

/** Delivers a signed refund notification to refundNotify as the platform's HTTP request. */
export async function deliverRefundNotification(cloud: LocalCloud, http: { headers: Record<string, string | undefined>; body: string }) {
  const notify = cloud.functions.get('refundNotify')!;
  const event = { httpMethod: 'POST', path: '/pay/refund-notify', headers: http.headers, body: http.body, isBase64Encoded: false };
  return (await notify(event, invocationContext('refundNotify', { source: 'http' }))) as { statusCode: number; body: string };
}
