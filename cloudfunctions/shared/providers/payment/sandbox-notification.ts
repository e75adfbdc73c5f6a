import { PaymentNotification, PaymentRejected } from './port';
import { isTradeState } from './trade-states';

/** The body of a sandbox notification whose signature has verified. */
export function readSandboxPayment(body: string): PaymentNotification {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(body);
  } catch {
    throw new PaymentRejected('sandbox body is not JSON');
  }
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
