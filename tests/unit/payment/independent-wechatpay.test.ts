/**
 * The WeChat Pay adapter against an independent implementation of APIv3
 * (wechatpay-axios-plugin), not against a "WeChat side" written in this project:
 * notifications it signs and encrypts are read, requests the adapter signs verify with
 * its Rsa.verify, and forged, tampered or stale ones are refused.
 */
import { PaymentRejected } from '@shared/providers/payment/port';
import { WechatPay } from '@shared/providers/payment/wechat-pay';
import { readWechatPayConfig } from '@shared/providers/payment/wechat-pay-config';
import {
  independentAnswer,
  independentGateway,
  independentNotification,
  makeMerchant,
  merchantEnv,
  parseAuthorization,
  rsaPair,
  verifyRequest,
} from '../../helpers/wechatpay-independent';

const NOW = new Date('2025-06-01T08:00:00Z');
const m = makeMerchant();
const config = readWechatPayConfig(merchantEnv(m));

const transaction = (over: Record<string, unknown> = {}) => ({
  appid: m.appid,
  mchid: m.mchid,
  out_trade_no: 'order_0001',
  transaction_id: '4200000001202506011234567890',
  trade_type: 'JSAPI',
  trade_state: 'SUCCESS',
  trade_state_desc: '支付成功',
  success_time: '2025-06-01T15:59:30+08:00',
  payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
  amount: { total: 2990, payer_total: 2990, currency: 'CNY', payer_currency: 'CNY' },
  ...over,
});

const refundAnswer = (status: string) => ({
  refund_id: '50000000382019052709732678859',
  out_refund_no: 'rforder_0001',
  transaction_id: '4200000001202506011234567890',
  out_trade_no: 'order_0001',
  channel: 'ORIGINAL',
  user_received_account: '支付用户零钱',
  create_time: '2025-06-01T16:00:00+08:00',
  status,
  amount: { total: 2990, refund: 2990, payer_total: 2990, payer_refund: 2990, currency: 'CNY' },
});

describe('payment notifications built by wechatpay-axios-plugin', () => {
  const wechat = new WechatPay(config, { fetch: () => Promise.reject(new Error('offline')), now: () => NOW });
  const paid = (options = {}) => independentNotification(m, 'TRANSACTION.SUCCESS', 'transaction', transaction(), NOW, options);

  it('are accepted and read', async () => {
    await expect(wechat.verifyNotification(paid())).resolves.toEqual({
      outTradeNo: 'order_0001',
      transactionId: '4200000001202506011234567890',
      tradeState: 'SUCCESS',
      amountFen: 2990,
      payerOpenid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      paidAt: new Date('2025-06-01T07:59:30Z'),
    });
  });

  const nowSeconds = NOW.getTime() / 1000;
  const forgeries: Array<[string, () => { headers: Record<string, string>; body: string }, RegExp]> = [
    ['a tampered body', () => { const n = paid(); return { ...n, body: n.body.replace('"EV-', '"EX-') }; }, /signature does not verify/],
    ['a wrong serial', () => paid({ serial: 'PUB_KEY_ID_0000000000000000000000000000000000' }), /unknown Wechatpay-Serial/],
    ['a stale timestamp (6 minutes old)', () => paid({ timestamp: nowSeconds - 360 }), /stale/],
    ['a timestamp from the future (6 minutes ahead)', () => paid({ timestamp: nowSeconds + 360 }), /stale/],
    ['another signer', () => paid({ signer: rsaPair().privateKey }), /signature does not verify/],
    ['another APIv3 key', () => paid({ apiV3Key: 'k'.repeat(32) }), /decrypt/],
  ];

  it.each(forgeries)('are refused with %s', async (_name, build, reason) => {
    const refusal = wechat.verifyNotification(build());
    await expect(refusal).rejects.toBeInstanceOf(PaymentRejected);
    await expect(refusal).rejects.toMatchObject({ reason: expect.stringMatching(reason) });
  });
});

describe('refund notifications built by wechatpay-axios-plugin', () => {
  const wechat = new WechatPay(config, { fetch: () => Promise.reject(new Error('offline')), now: () => NOW });
  const refundResource = (status: string, over: Record<string, unknown> = {}) => ({
    mchid: m.mchid,
    transaction_id: '4200000001202506011234567890',
    out_trade_no: 'order_0001',
    refund_id: '50000000382019052709732678859',
    out_refund_no: 'rforder_0001',
    refund_status: status,
    success_time: '2025-06-01T16:00:30+08:00',
    user_received_account: '招商银行信用卡0403',
    amount: { total: 2990, refund: 2990, payer_total: 2990, payer_refund: 2990 },
    ...over,
  });
  const notice = (status: string, options = {}, over = {}) =>
    independentNotification(m, `REFUND.${status}`, 'refund', refundResource(status, over), NOW, options);

  it.each(['SUCCESS', 'ABNORMAL', 'CLOSED'])('are read: REFUND.%s', async (status) => {
    await expect(wechat.verifyRefundNotification(notice(status))).resolves.toEqual({
      outTradeNo: 'order_0001',
      outRefundNo: 'rforder_0001',
      refundId: '50000000382019052709732678859',
      status,
      refundFen: 2990,
      totalFen: 2990,
      receivedAccount: '招商银行信用卡0403',
    });
  });

  const forgeries: Array<[string, () => { headers: Record<string, string>; body: string }, RegExp]> = [
    ['a tampered body', () => { const n = notice('SUCCESS'); return { ...n, body: n.body.replace('"EV-', '"EX-') }; }, /signature does not verify/],
    ['a wrong serial', () => notice('SUCCESS', { serial: 'PUB_KEY_ID_0000000000000000000000000000000000' }), /unknown Wechatpay-Serial/],
    ['a stale timestamp', () => notice('SUCCESS', { timestamp: NOW.getTime() / 1000 - 301 }), /stale/],
    ['another APIv3 key', () => notice('SUCCESS', { apiV3Key: 'k'.repeat(32) }), /decrypt/],
    ['another merchant', () => notice('SUCCESS', {}, { mchid: '1900000999' }), /another merchant/],
    ['a payment event', () => notice('SUCCESS', { envelope: { event_type: 'TRANSACTION.SUCCESS' } }), /not a refund notification/],
    ['a refund still processing', () => notice('PROCESSING'), /unexpected refund_status/],
    ['no amount', () => notice('SUCCESS', {}, { amount: {} }), /amount/],
  ];

  it.each(forgeries)('are refused with %s', async (_name, build, reason) => {
    const refusal = wechat.verifyRefundNotification(build());
    await expect(refusal).rejects.toBeInstanceOf(PaymentRejected);
    await expect(refusal).rejects.toMatchObject({ reason: expect.stringMatching(reason) });
  });

  it('and a payment notification is not a refund one, nor the reverse', async () => {
    const paid = independentNotification(m, 'TRANSACTION.SUCCESS', 'transaction', transaction(), NOW);
    await expect(wechat.verifyRefundNotification(paid)).rejects.toBeInstanceOf(PaymentRejected);
    await expect(wechat.verifyNotification(notice('SUCCESS'))).rejects.toBeInstanceOf(PaymentRejected);
  });
});

describe("the adapter's requests, checked by wechatpay-axios-plugin's Rsa.verify", () => {
  const request = { outTradeNo: 'order_0001', outRefundNo: 'rforder_0001', totalFen: 2990, refundFen: 2990, reason: '拼团未成团' };

  it('sign a refund request so that the gateway accepts it, in the Formatter.authorization fields', async () => {
    const gateway = independentGateway(m, () => NOW, () => ({ payload: refundAnswer('PROCESSING') }));
    const wechat = new WechatPay(config, { fetch: gateway.fetch, now: () => NOW });
    await expect(wechat.refund(request)).resolves.toEqual({ status: 'PROCESSING', refundId: '50000000382019052709732678859' });
    expect(gateway.requests).toHaveLength(1);
    const [sent] = gateway.requests;
    expect(sent).toMatchObject({ method: 'POST', uri: '/v3/refund/domestic/refunds', valid: true });
    const fields = parseAuthorization(sent.authorization)!;
    expect(fields).toMatchObject({ mchid: m.mchid, serial_no: m.merchantSerial, timestamp: String(NOW.getTime() / 1000) });
    expect(Object.keys(fields).sort()).toEqual(['mchid', 'nonce_str', 'serial_no', 'signature', 'timestamp']);
  });

  it('sign a query (GET, empty body) so that the gateway accepts it', async () => {
    const gateway = independentGateway(m, () => NOW, () => ({ payload: refundAnswer('SUCCESS') }));
    const wechat = new WechatPay(config, { fetch: gateway.fetch, now: () => NOW });
    await expect(wechat.queryRefund('rforder_0001')).resolves.toMatchObject({ status: 'SUCCESS' });
    expect(gateway.requests[0]).toMatchObject({ method: 'GET', uri: '/v3/refund/domestic/refunds/rforder_0001', body: '', valid: true });
  });

  it('would be refused if the body, the path, the serial or the key were not the ones signed', async () => {
    const gateway = independentGateway(m, () => NOW, () => ({ payload: refundAnswer('SUCCESS') }));
    const wechat = new WechatPay(config, { fetch: gateway.fetch, now: () => NOW });
    await wechat.refund(request);
    const sent = gateway.requests[0];
    expect(verifyRequest(m, { ...sent, body: sent.body.replace('2990', '2991') }).valid).toBe(false);
    expect(verifyRequest(m, { ...sent, uri: '/v3/refund/domestic/refunds/x' }).valid).toBe(false);
    expect(verifyRequest({ ...m, merchantSerial: 'ANOTHER' }, sent).valid).toBe(false);
    expect(verifyRequest({ ...m, merchant: rsaPair() }, sent).valid).toBe(false);
  });

  it('refuse an answer signed by another key than WeChat Pay\'s', async () => {
    const impostor = { ...m, platform: rsaPair() };
    const wechat = new WechatPay(config, { fetch: async () => independentAnswer(impostor, refundAnswer('SUCCESS'), NOW), now: () => NOW });
    await expect(wechat.refund(request)).rejects.toMatchObject({ code: 'RESPONSE_SIGNATURE_INVALID' });
  });
});
