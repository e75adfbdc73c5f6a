import { createVerify } from 'crypto';
import { PaymentPlatformError } from '@shared/providers/payment/payment-platform-error';
import type { FetchLike } from '@shared/providers/payment/wechat-pay-client';
import { WechatPay } from '@shared/providers/payment/wechat-pay';
import { merchant, NOW, NOW_SECONDS, signedResponse, stranger, testConfig } from './wechat-fixtures';

interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

function fakeGateway(answer: () => Response | Promise<Response>) {
  const sent: SentRequest[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, method: init.method, headers: init.headers, body: init.body });
    return answer();
  };
  return { sent, fetch };
}

const order = {
  outTradeNo: 'order_0001',
  description: '原野生活-晨光能量碗 拼团',
  amountFen: 2990,
  payerOpenid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  expiresAt: new Date('2025-06-01T08:15:00.123Z'),
};

let nonces = 0;
const deps = { now: () => NOW, nonce: () => `nonce${++nonces}`.padEnd(32, '0') };

function verifiesWithMerchantKey(lines: string[], signature: string): boolean {
  const message = lines.map((l) => `${l}\n`).join('');
  return createVerify('RSA-SHA256').update(message).verify(merchant.publicKey, signature, 'base64');
}

function parseAuthorization(header: string): Record<string, string> {
  expect(header.startsWith('WECHATPAY2-SHA256-RSA2048 ')).toBe(true);
  const fields = header.slice('WECHATPAY2-SHA256-RSA2048 '.length).matchAll(/(\w+)="([^"]*)"/g);
  return Object.fromEntries([...fields].map((m) => [m[1], m[2]]));
}

describe('WechatPay.createOrder', () => {
  it('places a JSAPI order signed by the merchant key', async () => {
    const gateway = fakeGateway(() => signedResponse({ prepay_id: 'wx201410272009395522657a690389285100' }));
    await new WechatPay(testConfig(), { ...deps, fetch: gateway.fetch }).createOrder(order);

    const [request] = gateway.sent;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('https://api.mch.weixin.qq.com/v3/pay/transactions/jsapi');
    expect(request.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(request.body)).toEqual({
      appid: 'wx1234567890abcdef',
      mchid: '1900000001',
      description: '原野生活-晨光能量碗 拼团',
      out_trade_no: 'order_0001',
      time_expire: '2025-06-01T16:15:00+08:00',
      notify_url: 'https://example.com/pay/notify',
      amount: { total: 2990, currency: 'CNY' },
      payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
    });

    const auth = parseAuthorization(request.headers.Authorization);
    expect(auth).toMatchObject({ mchid: '1900000001', serial_no: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1' });
    expect(auth.timestamp).toBe(NOW_SECONDS);
    const signed = ['POST', '/v3/pay/transactions/jsapi', auth.timestamp, auth.nonce_str, request.body];
    expect(verifiesWithMerchantKey(signed, auth.signature)).toBe(true);
  });

  it('returns pay params whose paySign verifies over appId, timeStamp, nonceStr and package', async () => {
    const gateway = fakeGateway(() => signedResponse({ prepay_id: 'wx2014102720093955' }));
    const params = await new WechatPay(testConfig(), { ...deps, fetch: gateway.fetch }).createOrder(order);
    if (params.provider !== 'wechat') throw new Error('expected WeChat pay params');

    expect(params).toMatchObject({ timeStamp: NOW_SECONDS, package: 'prepay_id=wx2014102720093955', signType: 'RSA' });
    expect(params.nonceStr).toHaveLength(32);
    const signed = ['wx1234567890abcdef', params.timeStamp, params.nonceStr, params.package];
    expect(verifiesWithMerchantKey(signed, params.paySign)).toBe(true);
  });

  it('sends the very same body when an order is placed again, so WeChat Pay answers the same prepay_id', async () => {
    const gateway = fakeGateway(() => signedResponse({ prepay_id: 'wx2014102720093955' }));
    const wechat = new WechatPay(testConfig(), { ...deps, fetch: gateway.fetch });
    await wechat.createOrder(order);
    await wechat.createOrder({ ...order, expiresAt: new Date(order.expiresAt) });
    expect(gateway.sent[1].body).toBe(gateway.sent[0].body);
  });

  it('refuses an answer that WeChat Pay did not sign', async () => {
    const gateway = fakeGateway(() => signedResponse({ prepay_id: 'wx-forged' }, 200, { signer: stranger.privateKey }));
    const placing = new WechatPay(testConfig(), { ...deps, fetch: gateway.fetch }).createOrder(order);
    await expect(placing).rejects.toMatchObject({ code: 'RESPONSE_SIGNATURE_INVALID' });
  });

  it.each([
    [403, 'ORDERPAID', '订单已支付', false],
    [403, 'OUT_TRADE_NO_USED', '商户订单号重复', false],
    [400, 'PARAM_ERROR', '参数错误', false],
    [500, 'SYSTEM_ERROR', '系统错误', true],
  ])('turns a %i %s answer into an error carrying the code', async (status, code, message, retryable) => {
    const gateway = fakeGateway(() => signedResponse({ code, message }, status));
    const placing = new WechatPay(testConfig(), { ...deps, fetch: gateway.fetch }).createOrder(order);
    await expect(placing).rejects.toBeInstanceOf(PaymentPlatformError);
    await expect(placing).rejects.toMatchObject({ code, httpStatus: status, retryable });
  });

  it('throws a retryable NETWORK_ERROR when WeChat Pay cannot be reached', async () => {
    const gateway = fakeGateway(() => Promise.reject(new TypeError('fetch failed')));
    const placing = new WechatPay(testConfig(), { ...deps, fetch: gateway.fetch }).createOrder(order);
    await expect(placing).rejects.toMatchObject({ code: 'NETWORK_ERROR', retryable: true });
  });
});
