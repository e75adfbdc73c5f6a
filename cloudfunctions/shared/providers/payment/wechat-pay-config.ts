/** A key that WeChat Pay signs with: a 微信支付公钥 (serial `PUB_KEY_ID_…`) or a platform certificate. */
export interface PlatformKey {
  serial: string;
  /** PEM: `BEGIN PUBLIC KEY` or `BEGIN CERTIFICATE`. */
  pem: string;
}

/** WeChat Pay APIv3, merchant direct mode (普通商户), JSAPI payments from the mini-program. */
export interface WechatPayConfig {
  appid: string;
  mchid: string;
  /** Serial number of the merchant API certificate (商户API证书序列号). */
  merchantSerialNo: string;
  merchantPrivateKeyPem: string;
  /** The APIv3 key (APIv3密钥): 32 bytes, decrypts notifications. */
  apiV3Key: string;
  /** Every key WeChat Pay may sign with, by serial; more than one while certificates rotate. */
  platformKeys: PlatformKey[];
  notifyUrl: string;
  baseUrl: string;
}

export const WECHAT_PAY_BASE_URL = 'https://api.mch.weixin.qq.com';

const REQUIRED = [
  'WXPAY_APPID',
  'WXPAY_MCHID',
  'WXPAY_SERIAL_NO',
  'WXPAY_PRIVATE_KEY',
  'WXPAY_APIV3_KEY',
  'WXPAY_PLATFORM_PUBLIC_KEY',
  'WXPAY_PLATFORM_SERIAL',
  'WXPAY_NOTIFY_URL',
] as const;

/**
 * Reads WeChat Pay's settings. PEMs may carry literal `\n` (one-line console fields).
 * Several platform keys: comma-separated serials in WXPAY_PLATFORM_SERIAL and the
 * PEM blocks, in the same order, one after another in WXPAY_PLATFORM_PUBLIC_KEY.
 */
export function readWechatPayConfig(env: NodeJS.ProcessEnv = process.env): WechatPayConfig {
  const missing = REQUIRED.filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    throw new Error(`WeChat Pay is not configured: missing ${missing.join(', ')}`);
  }
  const value = (name: (typeof REQUIRED)[number]) => (env[name] as string).trim();

  const apiV3Key = value('WXPAY_APIV3_KEY');
  if (Buffer.byteLength(apiV3Key, 'utf8') !== 32) {
    throw new Error('WXPAY_APIV3_KEY must be the 32-character APIv3 key');
  }
  const notifyUrl = value('WXPAY_NOTIFY_URL');
  if (!/^https:\/\/[^?#]+$/.test(notifyUrl)) {
    throw new Error(`WXPAY_NOTIFY_URL must be an https URL without a query, got "${notifyUrl}"`);
  }
  return {
    appid: value('WXPAY_APPID'),
    mchid: value('WXPAY_MCHID'),
    merchantSerialNo: value('WXPAY_SERIAL_NO'),
    merchantPrivateKeyPem: pemFromEnv(value('WXPAY_PRIVATE_KEY')),
    apiV3Key,
    platformKeys: pairPlatformKeys(
      value('WXPAY_PLATFORM_SERIAL'),
      pemFromEnv(value('WXPAY_PLATFORM_PUBLIC_KEY')),
    ),
    notifyUrl,
    baseUrl: (env.WXPAY_BASE_URL?.trim() || WECHAT_PAY_BASE_URL).replace(/\/+$/, ''),
  };
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
