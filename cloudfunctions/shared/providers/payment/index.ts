import type { PaymentProvider } from './port';
import { SandboxPayment } from './sandbox';
import { WechatPay } from './wechat-pay';
import { readWechatPayConfig } from './wechat-pay-config';

export * from './port';
export { PaymentPlatformError, isPaymentPlatformError } from '../payment-platform-error';
export { SandboxPayment } from './sandbox';
export type { SandboxPaymentInput } from './sandbox';
export { sandboxControl } from './sandbox-refunds';
export type { IssuedRefund } from './sandbox-refunds';
export { WechatPay } from './wechat-pay';
export { readWechatPayConfig } from './wechat-pay-config';
export type { WechatPayConfig } from './wechat-pay-config';

let provider: PaymentProvider | undefined;

/**
 * The payment adapter of this process. GONGYING_PAYMENT picks it: `wechat` or
 * `sandbox`; unset means the sandbox on the local cloud (GONGYING_SERVICE_URL set)
 * and a configuration error anywhere else, never a silent sandbox in production.
 */
export function paymentProvider(env: NodeJS.ProcessEnv = process.env): PaymentProvider {
  provider ??= choosePaymentProvider(env);
  return provider;
}

/** The sandbox adapter, for the local cloud's POST /dev/pay; throws when WeChat Pay is in use. */
export function sandboxPaymentProvider(env: NodeJS.ProcessEnv = process.env): SandboxPayment {
  const active = paymentProvider(env);
  if (!(active instanceof SandboxPayment)) throw new Error('the payment sandbox is not in use in this process');
  return active;
}

/** Forgets the chosen adapter (tests change the environment between cases). */
export function resetPaymentProvider(): void {
  provider = undefined;
}

function choosePaymentProvider(env: NodeJS.ProcessEnv): PaymentProvider {
  const choice = env.GONGYING_PAYMENT?.trim();
  if (choice === 'wechat') return new WechatPay(readWechatPayConfig(env));
  if (choice === 'sandbox' || (!choice && env.GONGYING_SERVICE_URL)) {
    return new SandboxPayment({ secret: env.GONGYING_SANDBOX_SECRET || undefined });
  }
  if (choice) throw new Error(`GONGYING_PAYMENT must be "wechat" or "sandbox", got "${choice}"`);
  throw new Error(
    'Payment is not configured: set GONGYING_PAYMENT=wechat and the WXPAY_* variables ' +
      '(GONGYING_PAYMENT=sandbox only for local testing)',
  );
}
