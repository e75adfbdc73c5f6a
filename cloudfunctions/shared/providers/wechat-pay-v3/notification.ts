import { PaymentRejected } from '../payment/port';
import { decryptResource, EncryptedResource } from './aead';
import type { PlatformKeyring } from './keys';
import { wechatSignatureProblem } from './signature';

/** What opening a WeChat Pay notification needs: the APIv3 key, WeChat Pay's keys and our clock. */
export interface NotificationKeys {
  apiV3Key: string;
  keys: PlatformKeyring;
  nowMs: number;
}

export type Json = Record<string, unknown>;

export interface OpenedNotification {
  /** The signed envelope: id, create_time, event_type, summary … */
  envelope: Json;
  /** The decrypted resource. */
  resource: Json;
}

/**
 * The one way a WeChat Pay notification (payment, refund, transfer …) is read: the
 * Wechatpay-* signature over the body must verify with a known key and be fresh, the
 * event_type must start with `eventPrefix` (e.g. 'TRANSACTION.', 'REFUND.'), and the
 * AEAD_AES_256_GCM resource must decrypt with the APIv3 key to a JSON object.
 * Anything else throws PaymentRejected before a field is trusted.
 */
export function openWechatNotification(
  http: { headers: Record<string, string | undefined>; body: string },
  ctx: NotificationKeys,
  eventPrefix: string,
  kind: string,
): OpenedNotification {
  const problem = wechatSignatureProblem(http.headers, http.body, ctx.keys, ctx.nowMs);
  if (problem) throw new PaymentRejected(problem);

  const envelope = parseObject(http.body, 'body is not a JSON object');
  if (typeof envelope.event_type !== 'string' || !envelope.event_type.startsWith(eventPrefix)) {
    throw new PaymentRejected(`not a ${kind} notification: event_type ${String(envelope.event_type)}`);
  }
  if (envelope.resource_type !== 'encrypt-resource' || !isEncryptedResource(envelope.resource)) {
    throw new PaymentRejected('malformed encrypted resource');
  }
  let plaintext: string;
  try {
    plaintext = decryptResource(envelope.resource, ctx.apiV3Key);
  } catch {
    throw new PaymentRejected('resource does not decrypt with the APIv3 key');
  }
  return { envelope, resource: parseObject(plaintext, 'decrypted resource is not a JSON object') };
}

export function parseObject(json: string, problem: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new PaymentRejected(problem);
  }
  if (!isObject(value)) throw new PaymentRejected(problem);
  return value;
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string field, or undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function isEncryptedResource(value: unknown): value is EncryptedResource {
  return (
    isObject(value) &&
    typeof value.algorithm === 'string' &&
    typeof value.ciphertext === 'string' &&
    typeof value.nonce === 'string' &&
    (value.associated_data === undefined || typeof value.associated_data === 'string')
  );
}
