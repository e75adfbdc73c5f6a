import { createSign, createVerify, KeyObject } from 'crypto';
import { FRESHNESS_MS, headerValue } from './signed-http';
import { findPlatformKey, PlatformKeyring } from './keys';

/** WeChat Pay signs lines, each followed by "\n" (the last one too). */
export function signatureMessage(lines: string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

/** SHA256 with RSA (PKCS#1 v1.5), base64: requests, paySign. */
export function signLines(lines: string[], key: KeyObject): string {
  return createSign('RSA-SHA256').update(signatureMessage(lines)).sign(key, 'base64');
}

export function verifyLines(lines: string[], signature: string, key: KeyObject): boolean {
  try {
    return createVerify('RSA-SHA256').update(signatureMessage(lines)).verify(key, signature, 'base64');
  } catch {
    return false;
  }
}

/**
 * Checks the Wechatpay-* headers of a response or notification against its body.
 * Returns why it is not genuine, or null when it is.
 */
export function wechatSignatureProblem(
  headers: Record<string, string | undefined>,
  body: string,
  keys: PlatformKeyring,
  nowMs: number,
): string | null {
  const timestamp = headerValue(headers, 'Wechatpay-Timestamp');
  const nonce = headerValue(headers, 'Wechatpay-Nonce');
  const signature = headerValue(headers, 'Wechatpay-Signature');
  const serial = headerValue(headers, 'Wechatpay-Serial');
  if (!timestamp || !nonce || !signature || !serial) return 'missing Wechatpay-* signature headers';
  if (!/^\d{1,12}$/.test(timestamp)) return 'malformed Wechatpay-Timestamp';
  if (Math.abs(nowMs - Number(timestamp) * 1000) > FRESHNESS_MS) return 'stale Wechatpay-Timestamp';
  const key = findPlatformKey(keys, serial);
  if (!key) return `unknown Wechatpay-Serial ${serial}`;
  if (!verifyLines([timestamp, nonce, body], signature, key)) return 'signature does not verify';
  return null;
}
