import type { KeyObject } from 'crypto';
import { PaymentPlatformError } from '../payment-platform-error';
import type { PlatformKeyring } from './keys';
import { signLines, wechatSignatureProblem } from './signature';
import { headersOf } from './signed-http';

/**
 * The part of `fetch` the client uses (global in Node 18, injected in tests). `body` is
 * the signed body: the JSON of a POST, '' for a GET.
 */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<Response>;

/** The global fetch, which refuses any body on a GET, even an empty one. */
export const globalFetch: FetchLike = (url, init) =>
  fetch(url, init.method === 'GET' ? { ...init, body: undefined } : init);

export interface WechatPayClientOptions {
  baseUrl: string;
  mchid: string;
  merchantSerialNo: string;
  merchantKey: KeyObject;
  platformKeys: PlatformKeyring;
  fetch: FetchLike;
  now: () => Date;
  nonce: () => string;
  timeoutMs: number;
}

/** Signed APIv3 requests; answers are accepted only when WeChat Pay's signature verifies. */
export class WechatPayClient {
  constructor(private readonly options: WechatPayClientOptions) {}

  post(path: string, payload: object): Promise<Record<string, unknown>> {
    return this.request('POST', path, JSON.stringify(payload));
  }

  /** `path` includes any query string: it is signed as sent. */
  get(path: string): Promise<Record<string, unknown>> {
    return this.request('GET', path, '');
  }

  private async request(method: 'GET' | 'POST', path: string, body: string): Promise<Record<string, unknown>> {
    const { baseUrl, fetch, timeoutMs } = this.options;
    let status: number;
    let text: string;
    let headers: Record<string, string>;
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          Authorization: this.authorization(method, path, body),
          Accept: 'application/json',
          ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}),
          'User-Agent': 'gongying-cloudfunctions',
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      headers = headersOf(response);
      text = await response.text();
    } catch (err) {
      throw new PaymentPlatformError('NETWORK_ERROR', `WeChat Pay ${path} did not answer: ${(err as Error).message}`);
    }
    if (status < 200 || status >= 300) throw errorFromAnswer(path, status, text);

    const problem = wechatSignatureProblem(headers, text, this.options.platformKeys, this.options.now().getTime());
    if (problem) {
      const message = `WeChat Pay ${path} answer refused: ${problem}`;
      throw new PaymentPlatformError('RESPONSE_SIGNATURE_INVALID', message, status);
    }
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new PaymentPlatformError('BAD_RESPONSE', `WeChat Pay ${path} answered with non-JSON`, status);
    }
  }

  /** `WECHATPAY2-SHA256-RSA2048` over METHOD, URL path, timestamp, nonce and body. */
  private authorization(method: string, path: string, body: string): string {
    const { mchid, merchantSerialNo, merchantKey, now, nonce } = this.options;
    const timestamp = String(Math.floor(now().getTime() / 1000));
    const nonceStr = nonce();
    const signature = signLines([method, path, timestamp, nonceStr, body], merchantKey);
    return (
      `WECHATPAY2-SHA256-RSA2048 mchid="${mchid}",nonce_str="${nonceStr}",` +
      `signature="${signature}",timestamp="${timestamp}",serial_no="${merchantSerialNo}"`
    );
  }
}

/** WeChat Pay's error answer `{ code, message }` as a thrown error carrying the code. */
function errorFromAnswer(path: string, status: number, text: string): PaymentPlatformError {
  let code = `HTTP_${status}`;
  let message = text.slice(0, 200);
  try {
    const parsed = JSON.parse(text) as { code?: unknown; message?: unknown };
    if (typeof parsed.code === 'string') code = parsed.code;
    if (typeof parsed.message === 'string') message = parsed.message;
  } catch {
    // a gateway page, not WeChat Pay's JSON: keep the HTTP status as the code
  }
  return new PaymentPlatformError(code, `WeChat Pay ${path} failed (${status} ${code}): ${message}`, status);
}
