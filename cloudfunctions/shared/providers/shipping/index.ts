import type { ShippingProvider } from './port';
import { SandboxShipping } from './sandbox';
import { WechatShipping } from './wechat-shipping';

export * from './port';
export { shippingSandbox, SandboxShipping } from './sandbox';
export { WechatShipping, shippingInfoRequest } from './wechat-shipping';
export { expressCompanyCode, maskedContact } from './express-companies';

let provider: ShippingProvider | undefined;

/**
 * The shipping-information adapter of this process. GONGYING_SHIPPING picks it:
 * `wechat` or `sandbox`; unset means the sandbox on the local cloud
 * (GONGYING_SERVICE_URL set) and WeChat anywhere else, never a silent sandbox in
 * production (WeChat needs no secrets here: the cloud's open-API call signs it).
 */
export function shippingProvider(env: NodeJS.ProcessEnv = process.env): ShippingProvider {
  provider ??= chooseShippingProvider(env);
  return provider;
}

export function resetShippingProvider(): void {
  provider = undefined;
}

function chooseShippingProvider(env: NodeJS.ProcessEnv): ShippingProvider {
  const choice = env.GONGYING_SHIPPING?.trim();
  if (choice === 'wechat') return new WechatShipping();
  if (choice === 'sandbox') return new SandboxShipping();
  if (choice) throw new Error(`GONGYING_SHIPPING must be "wechat" or "sandbox", got "${choice}"`);
  return env.GONGYING_SERVICE_URL ? new SandboxShipping() : new WechatShipping();
}
