import type { FetchLike } from '@shared/providers/payment/wechat-pay-client';
import { WechatPay } from '@shared/providers/payment/wechat-pay';
import { NOW, signedResponse, testConfig } from './wechat-fixtures';

const refund = {
  outTradeNo: 'order_0001',
  outRefundNo: 'refund_order_0001',
  totalFen: 2990,
  refundFen: 2990,
  reason: '拼团未成团，自动退款',
};

function refundAnswer(status: string) {
  return {
    refund_id: '50000000382019052709732678859',
    out_refund_no: 'refund_order_0001',
    transaction_id: '4200000001202506011234567890',
    out_trade_no: 'order_0001',
    channel: 'ORIGINAL',
    user_received_account: '支付用户零钱',
    create_time: '2025-06-01T16:00:00+08:00',
    status,
    amount: { total: 2990, refund: 2990, payer_total: 2990, payer_refund: 2990, currency: 'CNY' },
  };
}

function wechatAnswering(answer: () => Promise<Response>) {
  const bodies: unknown[] = [];
  const urls: string[] = [];
  const fetch: FetchLike = async (url, init) => {
    urls.push(url);
    bodies.push(JSON.parse(init.body));
    return answer();
  };
  return { urls, bodies, wechat: new WechatPay(testConfig(), { fetch, now: () => NOW }) };
}

describe('WechatPay.refund', () => {
  it('requests a domestic refund of the order', async () => {
    const { urls, bodies, wechat } = wechatAnswering(async () => signedResponse(refundAnswer('PROCESSING')));
    await wechat.refund(refund);
    expect(urls).toEqual(['https://api.mch.weixin.qq.com/v3/refund/domestic/refunds']);
    expect(bodies[0]).toEqual({
      out_trade_no: 'order_0001',
      out_refund_no: 'refund_order_0001',
      reason: '拼团未成团，自动退款',
      amount: { refund: 2990, total: 2990, currency: 'CNY' },
    });
  });

  it('sends the refund notify_url when one is configured', async () => {
    const bodies: unknown[] = [];
    const fetch: FetchLike = async (_url, init) => {
      bodies.push(JSON.parse(init.body));
      return signedResponse(refundAnswer('PROCESSING'));
    };
    const wechat = new WechatPay(testConfig({ refundNotifyUrl: 'https://example.com/refund-notify' }), { fetch, now: () => NOW });
    await wechat.refund(refund);
    expect(bodies[0]).toMatchObject({ notify_url: 'https://example.com/refund-notify' });
  });

  it('queries a refund by its out_refund_no (GET, empty body)', async () => {
    const calls: Array<{ url: string; method: string; body: string }> = [];
    const fetch: FetchLike = async (url, init) => {
      calls.push({ url, method: init.method, body: init.body });
      return signedResponse(refundAnswer('ABNORMAL'));
    };
    const wechat = new WechatPay(testConfig(), { fetch, now: () => NOW });
    await expect(wechat.queryRefund('refund_order_0001')).resolves.toEqual({ status: 'ABNORMAL', refundId: '50000000382019052709732678859' });
    expect(calls).toEqual([{ url: 'https://api.mch.weixin.qq.com/v3/refund/domestic/refunds/refund_order_0001', method: 'GET', body: '' }]);
  });

  it.each(['SUCCESS', 'PROCESSING', 'ABNORMAL', 'CLOSED'])('reports status %s with the refund id', async (status) => {
    const { wechat } = wechatAnswering(async () => signedResponse(refundAnswer(status)));
    await expect(wechat.refund(refund)).resolves.toEqual({ status, refundId: '50000000382019052709732678859' });
  });

  it('throws on an unknown status rather than guessing', async () => {
    const { wechat } = wechatAnswering(async () => signedResponse(refundAnswer('MAYBE')));
    await expect(wechat.refund(refund)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('throws when the network fails, so the caller retries with the same out_refund_no', async () => {
    const { wechat } = wechatAnswering(() => Promise.reject(new Error('socket hang up')));
    await expect(wechat.refund(refund)).rejects.toMatchObject({ code: 'NETWORK_ERROR', retryable: true });
  });

  it('throws when the answer cannot be read to the end', async () => {
    const broken = { status: 200, headers: new Headers(), text: () => Promise.reject(new Error('aborted')) };
    const { wechat } = wechatAnswering(async () => broken as unknown as Response);
    await expect(wechat.refund(refund)).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });

  it('carries WeChat Pay error codes', async () => {
    const { wechat } = wechatAnswering(async () => signedResponse({ code: 'NOT_ENOUGH', message: '余额不足' }, 403));
    const refusal = wechat.refund(refund);
    await expect(refusal).rejects.toMatchObject({ code: 'NOT_ENOUGH', httpStatus: 403, retryable: false });
  });

  it('keeps the HTTP status as the code when a gateway answers with a page', async () => {
    const { wechat } = wechatAnswering(async () => new Response('<html>Bad Gateway</html>', { status: 502 }));
    await expect(wechat.refund(refund)).rejects.toMatchObject({ code: 'HTTP_502', retryable: true });
  });
});
