/** A key that WeChat Pay signs with: a 微信支付公钥 (serial `PUB_KEY_ID_…`) or a platform certificate. */
export interface PlatformKey {
  serial: string;
  /** PEM: `BEGIN PUBLIC KEY` or `BEGIN CERTIFICATE`. */
  pem: string;
}

/** What every WeChat Pay APIv3 call of a merchant in direct mode (普通商户) needs. */
export interface WechatMerchantConfig {
  appid: string;
  mchid: string;
  /** Serial number of the merchant API certificate (商户API证书序列号). */
  merchantSerialNo: string;
  merchantPrivateKeyPem: string;
  /** Every key WeChat Pay may sign with, by serial; more than one while certificates rotate. */
  platformKeys: PlatformKey[];
  baseUrl: string;
}

export const WECHAT_PAY_BASE_URL = 'https://api.mch.weixin.qq.com';

export const MERCHANT_VARIABLES = [
  'WXPAY_APPID',
  'WXPAY_MCHID',
  'WXPAY_SERIAL_NO',
  'WXPAY_PRIVATE_KEY',
  'WXPAY_PLATFORM_PUBLIC_KEY',
  'WXPAY_PLATFORM_SERIAL',
] as const;

/** Throws one error naming every variable of `names` that is unset or blank, in that order. */
export function requireVariables(env: NodeJS.ProcessEnv, names: readonly string[], product: string): void {
  const missing = names.filter((name) => !env[name]?.trim());
  if (missing.length > 0) throw new Error(`${product} is not configured: missing ${missing.join(', ')}`);
}

/**
 * Reads the merchant's WXPAY_* settings. PEMs may carry literal `\n` (one-line console
 * fields). Several platform keys: comma-separated serials in WXPAY_PLATFORM_SERIAL and
 * the PEM blocks, in the same order, one after another in WXPAY_PLATFORM_PUBLIC_KEY.
 */
export function readMerchantConfig(env: NodeJS.ProcessEnv, product = 'WeChat Pay'): WechatMerchantConfig {
  requireVariables(env, MERCHANT_VARIABLES, product);
  const value = (name: (typeof MERCHANT_VARIABLES)[number]) => (env[name] as string).trim();
  return {
    appid: value('WXPAY_APPID'),
    mchid: value('WXPAY_MCHID'),
    merchantSerialNo: value('WXPAY_SERIAL_NO'),
    merchantPrivateKeyPem: pemFromEnv(value('WXPAY_PRIVATE_KEY')),
    platformKeys: pairPlatformKeys(value('WXPAY_PLATFORM_SERIAL'), pemFromEnv(value('WXPAY_PLATFORM_PUBLIC_KEY'))),
    baseUrl: (env.WXPAY_BASE_URL?.trim() || WECHAT_PAY_BASE_URL).replace(/\/+$/, ''),
  };
}

/** WeChat Pay posts notifications only to a public https URL without a query. */
export function checkNotifyUrl(name: string, url: string): string {
  if (!/^https:\/\/[^?#]+$/.test(url)) throw new Error(`${name} must be an https URL without a query, got "${url}"`);
  return url;
}

function pemFromEnv(text: string): string {
  return text.replace(/\\n/g, '\n');
}

function pairPlatformKeys(serialList: string, pemText: string): PlatformKey[] {
  const serials = serialList.split(',').map((s) => s.trim()).filter(Boolean);
  const pems = pemText.match(/-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g) ?? [];
  if (pems.length === 0) {
    throw new Error('WXPAY_PLATFORM_PUBLIC_KEY must hold a PEM public key or certificate');
  }
  if (pems.length !== serials.length) {
    throw new Error(
      `WXPAY_PLATFORM_SERIAL lists ${serials.length} serial(s) ` +
        `but WXPAY_PLATFORM_PUBLIC_KEY holds ${pems.length} PEM block(s)`,
    );
  }
  return serials.map((serial, i) => ({ serial, pem: pems[i] }));
}
