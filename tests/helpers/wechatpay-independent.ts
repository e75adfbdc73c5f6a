/**
 * WeChat Pay's side of the wire, built with an independent, widely used implementation
 * (wechatpay-axios-plugin: Rsa, Aes.AesGcm, Formatter), not with the project's own code.
 * Tests of payNotify, refundNotify and transferNotify use it to show that the project
 * agrees with someone else's reading of APIv3, not only with itself.
 */
import { generateKeyPairSync, KeyObject, randomBytes } from 'crypto';
import { Aes, Formatter, Rsa } from 'wechatpay-axios-plugin';

export interface RsaPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

/** A fresh 2048-bit RSA key pair from node:crypto. */
export function rsaPair(): RsaPair {
  return generateKeyPairSync('rsa', { modulusLength: 2048 });
}

export function pemOf(key: KeyObject): string {
  return key.export({ type: key.type === 'private' ? 'pkcs8' : 'spki', format: 'pem' }).toString();
}

/** A merchant account made up for a test: its keys, WeChat Pay's key, and the WXPAY_* variables to match. */
export interface IndependentMerchant {
  appid: string;
  mchid: string;
  merchantSerial: string;
  merchant: RsaPair;
  platformSerial: string;
  platform: RsaPair;
  apiV3Key: string;
}

export function makeMerchant(overrides: Partial<IndependentMerchant> = {}): IndependentMerchant {
  return {
    appid: 'wx1234567890abcdef',
    mchid: '1900000001',
    merchantSerial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1',
    merchant: rsaPair(),
    platformSerial: 'PUB_KEY_ID_0114232134912410000000000000000000',
    platform: rsaPair(),
    apiV3Key: randomBytes(16).toString('hex'),
    ...overrides,
  };
}

/** The WXPAY_* environment the project reads for this merchant (PEMs as one-line values, as the console stores them). */
export function merchantEnv(m: IndependentMerchant, extra: Record<string, string> = {}): Record<string, string> {
  const oneLine = (text: string) => text.replace(/\n/g, '\\n');
  return {
    WXPAY_APPID: m.appid,
    WXPAY_MCHID: m.mchid,
    WXPAY_SERIAL_NO: m.merchantSerial,
    WXPAY_PRIVATE_KEY: oneLine(pemOf(m.merchant.privateKey)),
    WXPAY_APIV3_KEY: m.apiV3Key,
    WXPAY_PLATFORM_PUBLIC_KEY: oneLine(pemOf(m.platform.publicKey)),
    WXPAY_PLATFORM_SERIAL: m.platformSerial,
    WXPAY_NOTIFY_URL: 'https://example.com/pay/notify',
    ...extra,
  };
}

export interface NotifyOptions {
  /** Unix seconds; default: `now`. */
  timestamp?: number | string;
  /** Wechatpay-Serial; default: the merchant's platform serial. */
  serial?: string;
  /** The key that signs; default: WeChat Pay's. */
  signer?: KeyObject;
  /** The APIv3 key that encrypts; default: the merchant's. */
  apiV3Key?: string;
  /** Fields of the envelope to override (id, create_time, summary …). */
  envelope?: Record<string, unknown>;
}

/**
 * A notification as WeChat Pay POSTs it: the resource encrypted by Aes.AesGcm with the
 * APIv3 key, the body signed by Rsa.sign over Formatter.response(timestamp, nonce, body).
 * `originalType` is the resource's original_type and associated data: 'transaction',
 * 'refund', 'mch_payment' (商家转账) ….
 */
export function independentNotification(
  m: IndependentMerchant,
  eventType: string,
  originalType: string,
  resource: object,
  now: Date,
  options: NotifyOptions = {},
): { headers: Record<string, string>; body: string } {
  const iv = Formatter.nonce(12);
  const ciphertext = Aes.AesGcm.encrypt(JSON.stringify(resource), options.apiV3Key ?? m.apiV3Key, iv, originalType);
  const body = JSON.stringify({
    id: `EV-${randomBytes(8).toString('hex')}`,
    create_time: '2025-06-01T16:00:00+08:00',
    resource_type: 'encrypt-resource',
    event_type: eventType,
    summary: eventType,
    resource: { original_type: originalType, algorithm: 'AEAD_AES_256_GCM', ciphertext, associated_data: originalType, nonce: iv },
    ...options.envelope,
  });
  return { headers: signedHeaders(m, body, now, options), body };
}

/** Wechatpay-* headers over a body (a notification or an APIv3 answer), signed the independent way. */
export function signedHeaders(m: IndependentMerchant, body: string, now: Date, options: NotifyOptions = {}): Record<string, string> {
  const timestamp = String(options.timestamp ?? Math.floor(now.getTime() / 1000));
  const nonce = Formatter.nonce(32);
  return {
    'wechatpay-timestamp': timestamp,
    'wechatpay-nonce': nonce,
    'wechatpay-signature': Rsa.sign(Formatter.response(timestamp, nonce, body), options.signer ?? m.platform.privateKey),
    'wechatpay-serial': options.serial ?? m.platformSerial,
    'wechatpay-signature-type': 'WECHATPAY2-SHA256-RSA2048',
  };
}

/** An APIv3 answer as the gateway sends it, signed the independent way. */
export function independentAnswer(m: IndependentMerchant, payload: object, now: Date, status = 200): Response {
  const body = JSON.stringify(payload);
  return new Response(body, { status, headers: { ...signedHeaders(m, body, now), 'content-type': 'application/json' } });
}

/** The fields of an `Authorization: WECHATPAY2-SHA256-RSA2048 k="v",…` header, in any order. */
export function parseAuthorization(header: string): Record<string, string> | null {
  const scheme = 'WECHATPAY2-SHA256-RSA2048 ';
  if (!header.startsWith(scheme)) return null;
  const fields: Record<string, string> = {};
  for (const match of header.slice(scheme.length).matchAll(/(\w+)="([^"]*)"/g)) fields[match[1]] = match[2];
  return fields;
}

/**
 * What WeChat Pay's gateway checks of a request: the Authorization header names the
 * merchant and its certificate serial, and Rsa.verify accepts the signature over
 * Formatter.request(method, uri, timestamp, nonce, body) with the merchant's public key.
 * Also rebuilds the header with Formatter.authorization so the two formats can be compared.
 */
export function verifyRequest(
  m: IndependentMerchant,
  request: { method: string; uri: string; body: string; authorization: string },
): { valid: boolean; fields: Record<string, string>; rebuilt: string } {
  const fields = parseAuthorization(request.authorization) ?? {};
  const { mchid = '', nonce_str = '', signature = '', timestamp = '', serial_no = '' } = fields;
  const message = Formatter.request(request.method, request.uri, timestamp, nonce_str, request.body);
  const valid =
    mchid === m.mchid &&
    serial_no === m.merchantSerial &&
    /^\d+$/.test(timestamp) &&
    Rsa.verify(message, signature, m.merchant.publicKey);
  return { valid, fields, rebuilt: Formatter.authorization(mchid, nonce_str, signature, timestamp, serial_no) };
}

/**
 * A fetch for a WeChat Pay adapter that checks every request the independent way and
 * answers through `answer` (signed by WeChat Pay's key). Requests it records with their
 * verdict, so a test can assert on both.
 */
export function independentGateway(
  m: IndependentMerchant,
  now: () => Date,
  answer: (req: { method: string; uri: string; body: unknown }) => { status?: number; payload: object },
) {
  const requests: Array<{ method: string; uri: string; body: string; authorization: string; valid: boolean }> = [];
  const fetch = async (url: string, init: { method: string; headers: Record<string, string>; body: string }) => {
    const parsed = new URL(url);
    const uri = parsed.pathname + parsed.search;
    const authorization = init.headers.Authorization ?? init.headers.authorization ?? '';
    const body = init.method === 'GET' ? '' : init.body;
    const { valid } = verifyRequest(m, { method: init.method, uri, body, authorization });
    requests.push({ method: init.method, uri, body, authorization, valid });
    if (!valid) return independentAnswer(m, { code: 'SIGN_ERROR', message: '签名错误' }, now(), 401);
    const { status = 200, payload } = answer({ method: init.method, uri, body: body ? JSON.parse(body) : null });
    return independentAnswer(m, payload, now(), status);
  };
  return { fetch, requests };
}
