import { randomBytes, KeyObject } from 'crypto';
import { now as runtimeNow } from '../../runtime/clock';
import { FetchLike, globalFetch, WechatPayClient } from './client';
import { loadMerchantKey, loadPlatformKeys, PlatformKeyring } from './keys';
import type { WechatMerchantConfig } from './merchant-config';

/** What an adapter lets tests replace: the network, the clock and the nonces. */
export interface WechatPayDeps {
  fetch?: FetchLike;
  now?: () => Date;
  /** nonce_str of requests and of the pay params (at most 32 characters). */
  nonce?: () => string;
  timeoutMs?: number;
}

export interface WechatPayConnection {
  client: WechatPayClient;
  merchantKey: KeyObject;
  platformKeys: PlatformKeyring;
  now: () => Date;
  nonce: () => string;
}

/** Loads the merchant's keys (throwing on a bad PEM) and builds the signed APIv3 client. */
export function connectWechatPay(config: WechatMerchantConfig, deps: WechatPayDeps = {}): WechatPayConnection {
  const merchantKey = loadMerchantKey(config.merchantPrivateKeyPem);
  const platformKeys = loadPlatformKeys(config.platformKeys);
  const now = deps.now ?? runtimeNow;
  const nonce = deps.nonce ?? (() => randomBytes(16).toString('hex'));
  const client = new WechatPayClient({
    baseUrl: config.baseUrl,
    mchid: config.mchid,
    merchantSerialNo: config.merchantSerialNo,
    merchantKey,
    platformKeys,
    fetch: deps.fetch ?? globalFetch,
    now,
    nonce,
    timeoutMs: deps.timeoutMs ?? 10_000,
  });
  return { client, merchantKey, platformKeys, now, nonce };
}
