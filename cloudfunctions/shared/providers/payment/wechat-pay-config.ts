import { checkNotifyUrl, readMerchantConfig, requireVariables, WechatMerchantConfig } from '../wechat-pay-v3/merchant-config';

export type { PlatformKey } from '../wechat-pay-v3/merchant-config';

/** WeChat Pay APIv3, merchant direct mode (普通商户), JSAPI payments from the mini-program. */
export interface WechatPayConfig extends WechatMerchantConfig {
  /** The APIv3 key (APIv3密钥): 32 bytes, decrypts notifications. */
  apiV3Key: string;
  notifyUrl: string;
  /**
   * Where WeChat Pay posts refund results (the refundNotify function's HTTP access URL),
   * sent as notify_url with each refund. Unset: no notification, the refund query alone
   * (in the retryRefunds job) finds the result.
   */
  refundNotifyUrl: string | null;
}

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

/** Reads WeChat Pay's settings: the merchant's (see readMerchantConfig), the APIv3 key and the notify URL. */
export function readWechatPayConfig(env: NodeJS.ProcessEnv = process.env): WechatPayConfig {
  requireVariables(env, REQUIRED, 'WeChat Pay');
  const apiV3Key = (env.WXPAY_APIV3_KEY as string).trim();
  if (Buffer.byteLength(apiV3Key, 'utf8') !== 32) {
    throw new Error('WXPAY_APIV3_KEY must be the 32-character APIv3 key');
  }
  const notifyUrl = checkNotifyUrl('WXPAY_NOTIFY_URL', (env.WXPAY_NOTIFY_URL as string).trim());
  const refundUrl = env.WXPAY_REFUND_NOTIFY_URL?.trim();
  const refundNotifyUrl = refundUrl ? checkNotifyUrl('WXPAY_REFUND_NOTIFY_URL', refundUrl) : null;
  return { ...readMerchantConfig(env), apiV3Key, notifyUrl, refundNotifyUrl };
}
