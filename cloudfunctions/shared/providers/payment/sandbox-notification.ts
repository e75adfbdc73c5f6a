import { PaymentNotification, PaymentRejected, PLATFORM_REFUND_STATUSES, RefundNotification } from './port';
import { isTradeState } from './trade-states';

function parse(body: string): Record<string, unknown> {
  try {
    const value = JSON.parse(body);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  } catch {
    // refused below
  }
  throw new PaymentRejected('sandbox body is not a JSON object');
}

const isFen = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** The body of a sandbox refund notification whose signature has verified. */
export function readSandboxRefund(body: string): RefundNotification {
  const { eventType, outTradeNo, outRefundNo, refundId, status, refundFen, totalFen, receivedAccount } = parse(body);
  const final = PLATFORM_REFUND_STATUSES.find((s) => s === status && s !== 'PROCESSING');
  if (
    eventType !== `REFUND.${String(status)}` ||
    !final ||
    final === 'PROCESSING' ||
    typeof outTradeNo !== 'string' ||
    !outTradeNo ||
    typeof outRefundNo !== 'string' ||
    !outRefundNo ||
    typeof refundId !== 'string' ||
    !isFen(refundFen) ||
    !isFen(totalFen)
  ) {
    throw new PaymentRejected('malformed sandbox refund notification body');
  }
  return {
    outTradeNo,
    outRefundNo,
    refundId,
    status: final,
    refundFen,
    totalFen,
    receivedAccount: typeof receivedAccount === 'string' ? receivedAccount : null,
  };
}

/** The body of a sandbox notification whose signature has verified. */
export function readSandboxPayment(body: string): PaymentNotification {
  const value = parse(body);
  const { outTradeNo, transactionId, tradeState, amountFen, payerOpenid, paidAt } = value ?? {};
  const paidAtDate = new Date(typeof paidAt === 'string' ? paidAt : NaN);
  if (
    typeof outTradeNo !== 'string' ||
    !outTradeNo ||
    typeof transactionId !== 'string' ||
    !isTradeState(tradeState) ||
    typeof amountFen !== 'number' ||
    !Number.isSafeInteger(amountFen) ||
    amountFen < 0 ||
    typeof payerOpenid !== 'string' ||
    Number.isNaN(paidAtDate.getTime())
  ) {
    throw new PaymentRejected('malformed sandbox notification body');
  }
  return {
    outTradeNo,
    transactionId,
    tradeState,
    amountFen,
    payerOpenid,
    paidAt: paidAtDate,
  };
}
