import { randomBytes } from 'crypto';
import type { Fen } from '../../domain/money';
import type { PlatformRefundStatus, RefundRequest } from './port';
import { PaymentPlatformError } from '../payment-platform-error';

export interface IssuedRefund {
  outTradeNo: string;
  outRefundNo: string;
  refundFen: Fen;
  totalFen: Fen;
  refundId: string;
  /** SUCCESS at once, unless the sandbox was asked to hold refunds in PROCESSING. */
  status: PlatformRefundStatus;
}

// The local cloud is one process: the sandbox's refunds live in module memory.
const state = { failuresLeft: 0, processingLeft: 0, issued: new Map<string, IssuedRefund>() };

/** Lets tests and the local cloud's /dev endpoints steer and inspect the sandbox's refunds. */
export const sandboxControl = {
  /** The next n refund calls fail as a network error would: nothing is issued. */
  failNextRefunds(n: number): void {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('failNextRefunds takes a count >= 0');
    state.failuresLeft = n;
  },
  /** The next n refunds are accepted as PROCESSING (like a bank card refund) and stay so until finishRefund. */
  holdNextRefunds(n: number): void {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('holdNextRefunds takes a count >= 0');
    state.processingLeft = n;
  },
  /**
   * What the bank finally says of a refund still PROCESSING: SUCCESS, ABNORMAL (the
   * buyer's card was closed) or CLOSED. Returns the refund as it now stands; the local
   * cloud's POST /dev/refund then delivers the notification, or leaves it to the query.
   */
  finishRefund(outRefundNo: string, status: Exclude<PlatformRefundStatus, 'PROCESSING'>): IssuedRefund {
    const refund = state.issued.get(outRefundNo);
    if (!refund) throw new RangeError(`no sandbox refund ${outRefundNo}`);
    if (refund.status !== 'PROCESSING') throw new RangeError(`sandbox refund ${outRefundNo} is already ${refund.status}`);
    refund.status = status;
    return { ...refund };
  },
  /** One refund by its number, as it stands. */
  refund(outRefundNo: string): IssuedRefund | undefined {
    const refund = state.issued.get(outRefundNo);
    return refund && { ...refund };
  },
  /** Every refund issued, once per outRefundNo, in issue order. */
  get refundsIssued(): IssuedRefund[] {
    return [...state.issued.values()].map((refund) => ({ ...refund }));
  },
  reset(): void {
    state.failuresLeft = 0;
    state.processingLeft = 0;
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
  // A CLOSED refund gave nothing back: the order may be refunded again under a new number.
  const alreadyRefunded = [...state.issued.values()]
    .filter((refund) => refund.outTradeNo === req.outTradeNo && refund.status !== 'CLOSED')
    .reduce((sum, refund) => sum + refund.refundFen, 0);
  if (req.refundFen <= 0 || alreadyRefunded + req.refundFen > req.totalFen) {
    throw new PaymentPlatformError('REFUND_EXCEED', `sandbox refund ${req.outRefundNo} exceeds what was paid`);
  }
  let status: PlatformRefundStatus = 'SUCCESS';
  if (state.processingLeft > 0) {
    state.processingLeft -= 1;
    status = 'PROCESSING';
  }
  const refund = { ...pick(req), refundId: `sandbox-refund-${randomBytes(8).toString('hex')}`, status };
  state.issued.set(req.outRefundNo, refund);
  return { ...refund };
}

/** A refund the sandbox issued, as the refund query answers it. */
export function querySandboxRefund(outRefundNo: string): IssuedRefund {
  const refund = state.issued.get(outRefundNo);
  if (!refund) throw new PaymentPlatformError('RESOURCE_NOT_EXISTS', `no sandbox refund ${outRefundNo}`, 404);
  return { ...refund };
}

function pick({ outTradeNo, outRefundNo, refundFen, totalFen }: RefundRequest) {
  return { outTradeNo, outRefundNo, refundFen, totalFen };
}
