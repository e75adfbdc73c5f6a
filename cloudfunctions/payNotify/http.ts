import type { HttpNotification } from '../shared/providers/payment/port';

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
