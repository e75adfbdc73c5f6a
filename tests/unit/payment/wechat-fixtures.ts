import { createCipheriv, createSign, generateKeyPairSync, KeyObject, randomBytes } from 'crypto';
import type { HttpNotification } from '@shared/providers/payment/port';
import type { WechatPayConfig } from '@shared/providers/payment/wechat-pay-config';

/** Keys and a merchant account made up for the tests, and WeChat Pay's side of the wire. */
export const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const APIV3_KEY = randomBytes(16).toString('hex');
export const PLATFORM_SERIAL = 'PUB_KEY_ID_0114232134912410000000000000000000';
export const NOW = new Date('2025-06-01T08:00:00Z');
export const NOW_SECONDS = String(NOW.getTime() / 1000);

export function pem(key: KeyObject): string {
  return key.export({ type: key.type === 'private' ? 'pkcs8' : 'spki', format: 'pem' }).toString();
}

export function testConfig(overrides: Partial<WechatPayConfig> = {}): WechatPayConfig {
  return {
    appid: 'wx1234567890abcdef',
    mchid: '1900000001',
    merchantSerialNo: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1',
    merchantPrivateKeyPem: pem(merchant.privateKey),
    apiV3Key: APIV3_KEY,
    platformKeys: [{ serial: PLATFORM_SERIAL, pem: pem(platform.publicKey) }],
    notifyUrl: 'https://example.com/pay/notify',
    refundNotifyUrl: null,
    baseUrl: 'https://api.mch.weixin.qq.com',
    ...overrides,
  };
}

/** SHA256-RSA over lines each ending in "\n", base64, as WeChat Pay documents its signatures. */
export function rsaSign(lines: string[], key: KeyObject): string {
  return createSign('RSA-SHA256').update(lines.map((l) => `${l}\n`).join('')).sign(key, 'base64');
}

export function aesGcmEncrypt(plaintext: string, key: string, nonce: string, aad: string): string {
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(key), Buffer.from(nonce));
  cipher.setAAD(Buffer.from(aad));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return data.toString('base64');
}

export function paidTransaction(overrides: Record<string, unknown> = {}) {
  return {
    appid: 'wx1234567890abcdef',
    mchid: '1900000001',
    out_trade_no: 'order_0001',
    transaction_id: '4200000001202506011234567890',
    trade_type: 'JSAPI',
    trade_state: 'SUCCESS',
    trade_state_desc: '支付成功',
    bank_type: 'OTHERS',
    attach: '',
    success_time: '2025-06-01T15:59:30+08:00',
    payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
    amount: { total: 2990, payer_total: 2990, currency: 'CNY', payer_currency: 'CNY' },
    ...overrides,
  };
}

export interface NotificationOptions {
  transaction?: object;
  timestamp?: string;
  serial?: string;
  signer?: KeyObject;
  apiV3Key?: string;
  envelope?: Record<string, unknown>;
}

/** A 支付成功回调 as WeChat Pay POSTs it: encrypted resource, Wechatpay-* headers. */
export function wechatNotification(options: NotificationOptions = {}): HttpNotification {
  const nonce = randomBytes(6).toString('hex');
  const body = JSON.stringify({
    id: 'EV-2018022511223320873',
    create_time: '2025-06-01T15:59:31+08:00',
    resource_type: 'encrypt-resource',
    event_type: 'TRANSACTION.SUCCESS',
    summary: '支付成功',
    resource: {
      original_type: 'transaction',
      algorithm: 'AEAD_AES_256_GCM',
      ciphertext: aesGcmEncrypt(
        JSON.stringify(options.transaction ?? paidTransaction()),
        options.apiV3Key ?? APIV3_KEY,
        nonce,
        'transaction',
      ),
      associated_data: 'transaction',
      nonce,
    },
    ...options.envelope,
  });
  return signedHttp(body, options);
}

export function signedHttp(body: string, options: NotificationOptions = {}): HttpNotification {
  const timestamp = options.timestamp ?? NOW_SECONDS;
  const nonce = randomBytes(16).toString('hex');
  return {
    body,
    headers: {
      'wechatpay-timestamp': timestamp,
      'wechatpay-nonce': nonce,
      'wechatpay-signature': rsaSign([timestamp, nonce, body], options.signer ?? platform.privateKey),
      'wechatpay-serial': options.serial ?? PLATFORM_SERIAL,
      'wechatpay-signature-type': 'WECHATPAY2-SHA256-RSA2048',
    },
  };
}

/** A signed answer of the APIv3 gateway. */
export function signedResponse(payload: object, status = 200, options: NotificationOptions = {}): Response {
  const { body, headers } = signedHttp(JSON.stringify(payload), options);
  const responseHeaders = { ...(headers as Record<string, string>), 'content-type': 'application/json' };
  return new Response(body, { status, headers: responseHeaders });
}

/** A PEM as a one-line environment variable holds it, with literal \n. */
export const oneLine = (text: string) => text.replace(/\n/g, '\\n');

/** The WXPAY_* variables of the test merchant. */
export function wechatEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    WXPAY_APPID: 'wx1234567890abcdef',
    WXPAY_MCHID: '1900000001',
    WXPAY_SERIAL_NO: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1',
    WXPAY_PRIVATE_KEY: oneLine(pem(merchant.privateKey)),
    WXPAY_APIV3_KEY: APIV3_KEY,
    WXPAY_PLATFORM_PUBLIC_KEY: oneLine(pem(platform.publicKey)),
    WXPAY_PLATFORM_SERIAL: PLATFORM_SERIAL,
    WXPAY_NOTIFY_URL: 'https://example.com/pay/notify',
    ...overrides,
  };
}
