import { HttpNotification, PaymentRejected } from '../shared/providers/payment/port';
import { callerFrom } from '../shared/runtime/identity';
import { logError } from '../shared/runtime/logger';

/** CloudBase's HTTP access event, the shape WeChat Pay's notification arrives in. */
export interface HttpEvent {
  httpMethod?: string;
  headers?: Record<string, string>;
  body?: string;
  isBase64Encoded?: boolean;
}

export function notificationOf(event: unknown): HttpNotification | null {
  const e = event as HttpEvent | null;
  if (!e || typeof e !== 'object' || e.httpMethod !== 'POST' || typeof e.body !== 'string') return null;
  const headers = Object.fromEntries(Object.entries(e.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
  return { headers, body: e.isBase64Encoded ? Buffer.from(e.body, 'base64').toString('utf8') : e.body };
}

/** WeChat Pay v3 reads the status: 2xx acknowledges; anything else makes it retry later. */
export function reply(statusCode: number, code: 'SUCCESS' | 'FAIL', message = '') {
  return {
    statusCode,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(code === 'SUCCESS' ? { code } : { code, message }),
    isBase64Encoded: false,
  };
}

/**
 * The frame of a payment platform's notification function: a mini-program caller is
 * refused (403), anything but an HTTP POST too (400); `handle` verifies and applies the
 * notification. A PaymentRejected answers 400 (nothing was written); any other error
 * answers 500, so the platform delivers again later.
 */
export async function answerNotification(
  event: unknown,
  context: unknown,
  logAs: string,
  handle: (http: HttpNotification) => Promise<unknown>,
) {
  if (callerFrom(context).openid) return reply(403, 'FAIL', 'not the payment platform');
  const http = notificationOf(event);
  if (!http) return reply(400, 'FAIL', 'not an HTTP POST');
  try {
    await handle(http);
    return reply(200, 'SUCCESS');
  } catch (err) {
    if (err instanceof PaymentRejected) {
      logError(`${logAs}_rejected`, { reason: err.reason });
      return reply(400, 'FAIL', err.reason);
    }
    logError(`${logAs}_failed`, { error: String((err as Error)?.stack ?? err) });
    return reply(500, 'FAIL', 'temporarily unavailable');
  }
}
