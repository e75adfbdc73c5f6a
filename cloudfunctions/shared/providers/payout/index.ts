import type { PayoutProvider } from './port';
import { SandboxPayout } from './sandbox';
import { WechatTransfer } from './wechat-transfer';
import { readWechatTransferConfig } from './wechat-transfer-config';

export * from './port';
export { PaymentPlatformError, isPaymentPlatformError } from '../payment-platform-error';
export { SandboxPayout } from './sandbox';
export { payoutSandbox } from './sandbox-bills';
export type { SandboxTransfer } from './sandbox-bills';
export { WechatTransfer } from './wechat-transfer';
export { readTransferScene, TRANSFER_SCENES } from './transfer-scenes';
export type { TransferScene } from './transfer-scenes';
export { readWechatTransferConfig } from './wechat-transfer-config';
export type { WechatTransferConfig } from './wechat-transfer-config';

let provider: PayoutProvider | undefined;

/**
 * The payout adapter of this process. GONGYING_PAYOUT picks it: `wechat` or `sandbox`;
 * unset means the sandbox on the local cloud (GONGYING_SERVICE_URL set) and a
 * configuration error anywhere else, never a silent sandbox in production.
 */
export function payoutProvider(env: NodeJS.ProcessEnv = process.env): PayoutProvider {
  provider ??= choosePayoutProvider(env);
  return provider;
}

/** Forgets the chosen adapter (tests change the environment between cases). */
export function resetPayoutProvider(): void {
  provider = undefined;
}

function choosePayoutProvider(env: NodeJS.ProcessEnv): PayoutProvider {
  const choice = env.GONGYING_PAYOUT?.trim();
  if (choice === 'wechat') return new WechatTransfer(readWechatTransferConfig(env));
  if (choice === 'sandbox' || (!choice && env.GONGYING_SERVICE_URL)) return new SandboxPayout();
  if (choice) throw new Error(`GONGYING_PAYOUT must be "wechat" or "sandbox", got "${choice}"`);
  throw new Error(
    'Payout is not configured: set GONGYING_PAYOUT=wechat, the WXPAY_* variables and WX_TRANSFER_SCENE_ID ' +
      '(GONGYING_PAYOUT=sandbox only for local testing)',
  );
}
