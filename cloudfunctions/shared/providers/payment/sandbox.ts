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
  RefundRequest,
  RefundResult,
} from './port';
import { readSandboxPayment } from './sandbox-notification';
import { issueSandboxRefund } from './sandbox-refunds';

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

/** The local payment adapter: the h5 pay sheet confirms through POST /dev/pay, which delivers signNotification(). */
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

  async verifyNotification(http: HttpNotification): Promise<PaymentNotification> {
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
    return readSandboxPayment(http.body);
  }

  async refund(req: RefundRequest): Promise<RefundResult> {
    const issued = issueSandboxRefund(req);
    return { status: 'SUCCESS', refundId: issued.refundId };
  }

  private signature(timestamp: string, body: string): string {
    return createHmac('sha256', this.secret).update(`${timestamp}\n${body}`).digest('hex');
  }
}
