import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import { HttpNotification, PaymentRejected } from '../payment/port';
import { FRESHNESS_MS, headerValue } from '../wechat-pay-v3/signed-http';
import type { TransferNotice } from './port';

const PROCESS_SECRET = randomBytes(32).toString('hex');
const TIMESTAMP_HEADER = 'x-sandbox-timestamp';
const SIGNATURE_HEADER = 'x-sandbox-signature';
const STATES: ReadonlyArray<TransferNotice['state']> = ['SUCCESS', 'FAIL', 'CANCELLED'];

/**
 * The payout sandbox's transfer notification: the bill's final state as JSON, signed
 * with an HMAC key of this process (or GONGYING_SANDBOX_SECRET), stamped with the
 * functions' clock; the local cloud delivers it to transferNotify like WeChat would.
 */
export function signSandboxTransferNotice(notice: TransferNotice, nowMs: number, secret = sandboxSecret()): HttpNotification {
  const body = JSON.stringify(notice);
  const timestamp = String(nowMs);
  return {
    body,
    headers: { 'content-type': 'application/json', [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: hmac(secret, timestamp, body) },
  };
}

/** The notice of a genuine, fresh sandbox notification; PaymentRejected otherwise. */
export function readSandboxTransferNotice(http: HttpNotification, nowMs: number, secret = sandboxSecret()): TransferNotice {
  const timestamp = headerValue(http.headers, TIMESTAMP_HEADER);
  const signature = headerValue(http.headers, SIGNATURE_HEADER);
  if (!timestamp || !signature) throw new PaymentRejected('missing sandbox signature headers');
  if (!/^\d{1,15}$/.test(timestamp) || Math.abs(nowMs - Number(timestamp)) > FRESHNESS_MS) {
    throw new PaymentRejected('stale or malformed sandbox timestamp');
  }
  const expected = Buffer.from(hmac(secret, timestamp, http.body), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new PaymentRejected('sandbox signature does not verify');
  }
  let n: Partial<Record<keyof TransferNotice, unknown>>;
  try {
    n = JSON.parse(http.body);
  } catch {
    throw new PaymentRejected('sandbox body is not JSON');
  }
  const state = STATES.find((s) => s === n?.state);
  const amountFen = n?.amountFen;
  if (
    !state || typeof n.outBillNo !== 'string' || typeof n.openid !== 'string' ||
    typeof amountFen !== 'number' || !Number.isSafeInteger(amountFen) || amountFen <= 0
  ) {
    throw new PaymentRejected('malformed sandbox transfer notification');
  }
  const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
  return { outBillNo: n.outBillNo, state, transferBillNo: text(n.transferBillNo), amountFen, openid: n.openid, failReason: text(n.failReason) };
}

function sandboxSecret(): string {
  return process.env.GONGYING_SANDBOX_SECRET || PROCESS_SECRET;
}

function hmac(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${body}`).digest('hex');
}
