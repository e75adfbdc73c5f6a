import { createPrivateKey, createPublicKey, KeyObject } from 'crypto';
import type { PlatformKey } from './merchant-config';

/** WeChat Pay's verification keys by serial (serials compared without regard to case). */
export type PlatformKeyring = ReadonlyMap<string, KeyObject>;

export function loadPlatformKeys(keys: PlatformKey[]): PlatformKeyring {
  const ring = new Map<string, KeyObject>();
  for (const { serial, pem } of keys) {
    try {
      ring.set(serial.toUpperCase(), createPublicKey(pem));
    } catch {
      throw new Error(`the WeChat Pay platform key ${serial} is not a PEM public key or certificate`);
    }
  }
  return ring;
}

export function findPlatformKey(ring: PlatformKeyring, serial: string): KeyObject | undefined {
  return ring.get(serial.toUpperCase());
}

export function loadMerchantKey(pem: string): KeyObject {
  try {
    return createPrivateKey(pem);
  } catch {
    throw new Error('WXPAY_PRIVATE_KEY is not a PEM private key (apiclient_key.pem)');
  }
}
