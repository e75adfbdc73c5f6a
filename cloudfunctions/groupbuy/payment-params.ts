import type { PaymentParams } from '../shared/api';
import type { OrderDoc } from '../shared/model';
import { paymentProvider } from '../shared/providers/payment';

/**
 * The pay parameters of an unpaid order. Always the same request for the same
 * order (description, amount, window), so WeChat answers a retry with the same prepay.
 */
export function paymentFor(order: OrderDoc): Promise<PaymentParams> {
  return paymentProvider().createOrder({
    outTradeNo: order._id,
    description: order.title,
    amountFen: order.amountFen,
    payerOpenid: order.openid,
    expiresAt: new Date(order.reservedUntil),
  });
}
