import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import type { PaymentParams } from '../../api';
import type { Fen } from '../../domain/money';
import { now as runtimeNow } from '../../runtime/clock';
import { FRESHNESS_MS, headerValue } from '../wechat-pay-v3/signed-http';
import {
  HttpNotification,
  PaymentNotification,
  PaymentOrderRequest,
  PaymentProvider,
  PaymentRejected,
  RefundNotification,
  RefundRequest,
  RefundResult,
} from './port';
import { readSandboxPayment, readSandboxRefund } from './sandbox-notification';
import { IssuedRefund, issueSandboxRefund, querySandboxRefund } from './sandbox-refunds';

export interface SandboxPaymentOptions {
  /** HMAC key of the notifications; by default one random key per process. */
  secret?: string;
  now?: () => Date;
}

export interface SandboxPaymentInput {
  outTradeNo: string;
  amountFen: Fen;
  payerOpenid: string;
  transactionId?: string;
  tradeState?: PaymentNotification['tradeState'];
  paidAt: Date;
}

const PROCESS_SECRET = randomBytes(32).toString('hex');
export const SANDBOX_TIMESTAMP_HEADER = 'x-sandbox-timestamp';
export const SANDBOX_SIGNATURE_HEADER = 'x-sandbox-signature';

/**
 * The local payment adapter: the h5 pay sheet confirms through POST /dev/pay, which delivers
 * signNotification(); POST /dev/refund finishes a held refund and delivers signRefundNotification().
 */
export class SandboxPayment implements PaymentProvider {
  readonly name = 'sandbox' as const;
  private readonly secret: string;
  private readonly now: () => Date;

  constructor(options: SandboxPaymentOptions = {}) {
    this.secret = options.secret ?? PROCESS_SECRET;
    this.now = options.now ?? runtimeNow;
  }

  async createOrder(req: PaymentOrderRequest): Promise<PaymentParams> {
    return { provider: 'sandbox', orderId: req.outTradeNo, amountFen: req.amountFen, description: req.description };
  }

  /** The notification the sandbox platform sends when the shopper confirms the pay sheet. */
  signNotification(input: SandboxPaymentInput): HttpNotification {
    const body = JSON.stringify({
      outTradeNo: input.outTradeNo,
      transactionId: input.transactionId ?? `sandbox-${input.outTradeNo}`,
      tradeState: input.tradeState ?? 'SUCCESS',
      amountFen: input.amountFen,
      payerOpenid: input.payerOpenid,
      paidAt: input.paidAt.toISOString(),
    });
    return this.signed(body);
  }

  /** The refund result notification the sandbox sends once a refund is no longer PROCESSING (POST /dev/refund). */
  signRefundNotification(refund: IssuedRefund): HttpNotification {
    const body = JSON.stringify({
      eventType: `REFUND.${refund.status}`,
      outTradeNo: refund.outTradeNo,
      outRefundNo: refund.outRefundNo,
      refundId: refund.refundId,
      status: refund.status,
      refundFen: refund.refundFen,
      totalFen: refund.totalFen,
      receivedAccount: refund.status === 'SUCCESS' ? '支付用户零钱' : null,
    });
    return this.signed(body);
  }

  async verifyNotification(http: HttpNotification): Promise<PaymentNotification> {
    return readSandboxPayment(this.verifiedBody(http));
  }

  async verifyRefundNotification(http: HttpNotification): Promise<RefundNotification> {
    return readSandboxRefund(this.verifiedBody(http));
  }

  async refund(req: RefundRequest): Promise<RefundResult> {
    const issued = issueSandboxRefund(req);
    return { status: issued.status, refundId: issued.refundId };
  }

  async queryRefund(outRefundNo: string): Promise<RefundResult> {
    const refund = querySandboxRefund(outRefundNo);
    return { status: refund.status, refundId: refund.refundId };
  }

  private signed(body: string): HttpNotification {
    const timestamp = String(this.now().getTime());
    return {
      body,
      headers: {
        'content-type': 'application/json',
        [SANDBOX_TIMESTAMP_HEADER]: timestamp,
        [SANDBOX_SIGNATURE_HEADER]: this.signature(timestamp, body),
      },
    };
  }

  /** The body of a notification this sandbox signed, fresh; PaymentRejected otherwise. */
  private verifiedBody(http: HttpNotification): string {
    const timestamp = headerValue(http.headers, SANDBOX_TIMESTAMP_HEADER);
    const signature = headerValue(http.headers, SANDBOX_SIGNATURE_HEADER);
    if (!timestamp || !signature) throw new PaymentRejected('missing sandbox signature headers');
    if (!/^\d{1,15}$/.test(timestamp) || Math.abs(this.now().getTime() - Number(timestamp)) > FRESHNESS_MS) {
      throw new PaymentRejected('stale or malformed sandbox timestamp');
    }
    const expected = Buffer.from(this.signature(timestamp, http.body), 'hex');
    const given = Buffer.from(signature, 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new PaymentRejected('sandbox signature does not verify');
    }
    return http.body;
  }

  private signature(timestamp: string, body: string): string {
    return createHmac('sha256', this.secret).update(`${timestamp}\n${body}`).digest('hex');
  }
}
