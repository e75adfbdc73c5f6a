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
  /** Where a refund stands now (WeChat: GET /v3/refund/domestic/refunds/{out_refund_no}). */
  queryRefund(outRefundNo: string): Promise<RefundResult>;
  /**
   * Checks a refund result notification (REFUND.SUCCESS / ABNORMAL / CLOSED) exactly
   * as verifyNotification checks a payment, and reads it. Throws PaymentRejected otherwise.
   */
  verifyRefundNotification(http: HttpNotification): Promise<RefundNotification>;
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

/**
 * Where a refund stands at the platform. Only SUCCESS means the money is back: PROCESSING
 * waits for a notification or a query; ABNORMAL (e.g. the buyer's card was closed) and
 * CLOSED (the merchant's balance did not cover it for 7 days) need the brand.
 */
export type PlatformRefundStatus = 'SUCCESS' | 'PROCESSING' | 'ABNORMAL' | 'CLOSED';
export const PLATFORM_REFUND_STATUSES: ReadonlyArray<PlatformRefundStatus> = ['SUCCESS', 'PROCESSING', 'ABNORMAL', 'CLOSED'];

export interface RefundResult {
  status: PlatformRefundStatus;
  refundId: string;
}

/** A refund's final result as the platform notifies it. */
export interface RefundNotification {
  outTradeNo: string;
  outRefundNo: string;
  refundId: string;
  status: Exclude<PlatformRefundStatus, 'PROCESSING'>;
  refundFen: Fen;
  totalFen: Fen;
  /** Where the money went (WeChat's user_received_account, e.g. 支付用户零钱), when known. */
  receivedAccount: string | null;
}

/** A notification that is not from the payment platform, or is malformed: nothing may change. */
export class PaymentRejected extends Error {
  constructor(readonly reason: string) {
    super(`payment notification rejected: ${reason}`);
    this.name = 'PaymentRejected';
  }
}
