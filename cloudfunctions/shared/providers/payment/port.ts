import type { Fen } from '../../domain/money';
import type { PaymentParams } from '../../api';

/** The payment port: WeChat Pay in production, a sandbox on the local cloud. */
export interface PaymentProvider {
  readonly name: 'wechat' | 'sandbox';
  /** Places a prepay order and returns what the mini-program needs to pay it. */
  createOrder(req: PaymentOrderRequest): Promise<PaymentParams>;
  /**
   * Checks that an HTTP notification really comes from the payment platform
   * (signature, freshness) and reads it. Throws PaymentRejected otherwise.
   */
  verifyNotification(http: HttpNotification): Promise<PaymentNotification>;
  /** Requests a refund; the same outRefundNo may be sent again safely (idempotent). */
  refund(req: RefundRequest): Promise<RefundResult>;
}

export interface PaymentOrderRequest {
  /** Our order id: WeChat's out_trade_no (6-32 chars, [A-Za-z0-9_-]). */
  outTradeNo: string;
  description: string;
  amountFen: Fen;
  payerOpenid: string;
  /** The reservation window: WeChat's time_expire. */
  expiresAt: Date;
}

/** An HTTP request as the notify function receives it (CloudBase HTTP access event). */
export interface HttpNotification {
  headers: Record<string, string | undefined>;
  body: string;
}

export interface PaymentNotification {
  outTradeNo: string;
  transactionId: string;
  /** Only SUCCESS moves an order; other states are acknowledged and ignored. */
  tradeState: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR';
  amountFen: Fen;
  payerOpenid: string;
  paidAt: Date;
}

export interface RefundRequest {
  outTradeNo: string;
  /** Our refund id, one per refund: WeChat's out_refund_no, the idempotency key. */
  outRefundNo: string;
  totalFen: Fen;
  refundFen: Fen;
  reason: string;
}

export interface RefundResult {
  /** SUCCESS and PROCESSING both mean the platform took it; ABNORMAL/CLOSED need a retry or a human. */
  status: 'SUCCESS' | 'PROCESSING' | 'ABNORMAL' | 'CLOSED';
  refundId: string;
}

/** A notification that is not from the payment platform, or is malformed: nothing may change. */
export class PaymentRejected extends Error {
  constructor(readonly reason: string) {
    super(`payment notification rejected: ${reason}`);
    this.name = 'PaymentRejected';
  }
}
