/**
 * The payment platform refused or could not answer a request: payments (createOrder,
 * refund) and payouts (transfer, query) alike. `code` is the platform's own code
 * (WeChat's `ORDERPAID`, `NOT_ENOUGH`, `SYSTEM_ERROR`, ...) or one of ours: NETWORK_ERROR,
 * BAD_RESPONSE, RESPONSE_SIGNATURE_INVALID, SANDBOX_REFUND_FAILED.
 */
export class PaymentPlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = 'PaymentPlatformError';
  }

  /** Worth trying again later with the same out_trade_no / out_refund_no / out_bill_no. */
  get retryable(): boolean {
    if (RETRYABLE_CODES.has(this.code)) return true;
    return this.httpStatus !== undefined && (this.httpStatus >= 500 || this.httpStatus === 429);
  }
}

const RETRYABLE_CODES = new Set([
  'NETWORK_ERROR',
  'SYSTEM_ERROR',
  'FREQUENCY_LIMITED',
  'BANKERROR',
  'SANDBOX_REFUND_FAILED',
]);

export function isPaymentPlatformError(err: unknown): err is PaymentPlatformError {
  return err instanceof PaymentPlatformError;
}
