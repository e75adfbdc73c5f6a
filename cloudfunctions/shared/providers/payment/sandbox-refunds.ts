import { randomBytes } from 'crypto';
import type { Fen } from '../../domain/money';
import type { RefundRequest } from './port';
import { PaymentPlatformError } from '../payment-platform-error';

export interface IssuedRefund {
  outTradeNo: string;
  outRefundNo: string;
  refundFen: Fen;
  totalFen: Fen;
  refundId: string;
}

// The local cloud is one process: the sandbox's refunds live in module memory.
const state = { failuresLeft: 0, issued: new Map<string, IssuedRefund>() };

/** Lets tests and the local cloud's /dev endpoints steer and inspect the sandbox's refunds. */
export const sandboxControl = {
  /** The next n refund calls fail as a network error would: nothing is issued. */
  failNextRefunds(n: number): void {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('failNextRefunds takes a count >= 0');
    state.failuresLeft = n;
  },
  /** Every refund issued, once per outRefundNo, in issue order. */
  get refundsIssued(): IssuedRefund[] {
    return [...state.issued.values()].map((refund) => ({ ...refund }));
  },
  reset(): void {
    state.failuresLeft = 0;
    state.issued.clear();
  },
};

/** Issues a refund once per outRefundNo, as WeChat Pay does; a repeat answers the first one. */
export function issueSandboxRefund(req: RefundRequest): IssuedRefund {
  if (state.failuresLeft > 0) {
    state.failuresLeft -= 1;
    throw new PaymentPlatformError('SANDBOX_REFUND_FAILED', `sandbox refund ${req.outRefundNo} failed on request`);
  }
  const earlier = state.issued.get(req.outRefundNo);
  if (earlier) {
    if (earlier.outTradeNo !== req.outTradeNo || earlier.refundFen !== req.refundFen) {
      throw new PaymentPlatformError('INVALID_REQUEST', `out_refund_no ${req.outRefundNo} reused for another refund`);
    }
    return { ...earlier };
  }
  const alreadyRefunded = [...state.issued.values()]
    .filter((refund) => refund.outTradeNo === req.outTradeNo)
    .reduce((sum, refund) => sum + refund.refundFen, 0);
  if (req.refundFen <= 0 || alreadyRefunded + req.refundFen > req.totalFen) {
    throw new PaymentPlatformError('REFUND_EXCEED', `sandbox refund ${req.outRefundNo} exceeds what was paid`);
  }
  const refund = { ...pick(req), refundId: `sandbox-refund-${randomBytes(8).toString('hex')}` };
  state.issued.set(req.outRefundNo, refund);
  return { ...refund };
}

function pick({ outTradeNo, outRefundNo, refundFen, totalFen }: RefundRequest) {
  return { outTradeNo, outRefundNo, refundFen, totalFen };
}
