/**
 * payNotify, refundNotify and the refund query against an independent implementation of
 * WeChat Pay's side (issue 16 item 12): notifications built with wechatpay-axios-plugin
 * (Rsa.sign over `timestamp\nnonce\nbody\n`, Aes.AesGcm resources) are accepted through the
 * real functions; tampered, stale or wrongly labelled ones change nothing; and the adapter's
 * signed GET of a refund, sent over HTTP to a stand-in gateway, verifies with the plugin's
 * Rsa.verify before it is answered.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { adminCall } from '../helpers/distribution';
import { checkout, makeDeal, MINUTE, pay, readOrder, runTimer } from '../helpers/groupbuy';
import { independentNotification, makeMerchant, merchantEnv, signedHeaders, verifyRequest } from '../helpers/wechatpay-independent';
import { invocationContext } from '../../emulator/functions-host';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { resetPaymentProvider, sandboxControl } from '../../cloudfunctions/shared/providers/payment';
import type { RefundDoc } from '../../cloudfunctions/shared/model';

const m = makeMerchant();
const saved = { ...process.env };
let cloud: TestCloud;
let gateway: http.Server;
const gatewayLog: Array<{ method: string; uri: string; valid: boolean }> = [];
const platformRefunds = new Map<string, string>(); // out_refund_no → status the stand-in gateway answers
let dealId: string;
let unpaid: string;
let refunded: { orderId: string; refundId: string };
let queried: { orderId: string; refundId: string };

/** A paid solo order refunded while the sandbox (before the switch) held the refund as PROCESSING. */
async function processingRefund(buyer: string) {
  const order = await checkout(cloud, buyer, { action: 'buySolo', dealId });
  await pay(cloud, order.data.orderId);
  sandboxControl.holdNextRefunds(1);
  await adminCall(cloud, { action: 'refundOrder', orderId: order.data.orderId, reason: '顾客不要了' });
  return { orderId: order.data.orderId as string, refundId: `rf${order.data.orderId}` };
}

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  dealId = await makeDeal(cloud);
  refunded = await processingRefund('ind-buyer-1');
  queried = await processingRefund('ind-buyer-2');
  unpaid = (await checkout(cloud, 'ind-payer', { action: 'buySolo', dealId })).data.orderId;

  // The stand-in APIv3 gateway: checks each request with the plugin, answers signed by WeChat Pay's key.
  gateway = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const uri = req.url ?? '';
      const { valid } = verifyRequest(m, { method: req.method ?? '', uri, body, authorization: String(req.headers.authorization ?? '') });
      gatewayLog.push({ method: req.method ?? '', uri, valid });
      const outRefundNo = decodeURIComponent(uri.split('/').pop() ?? '');
      const status = platformRefunds.get(outRefundNo);
      const [code, payload] = !valid
        ? [401, { code: 'SIGN_ERROR', message: '签名错误' }]
        : status
          ? [200, { refund_id: `5000${outRefundNo.slice(-8)}`, out_refund_no: outRefundNo, status, amount: { total: 3990, refund: 3990 } }]
          : [404, { code: 'RESOURCE_NOT_EXISTS', message: '退款单不存在' }];
      const text = JSON.stringify(payload);
      res.writeHead(code, { ...signedHeaders(m, text, now()), 'content-type': 'application/json' });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;

  // From here this process speaks to "WeChat Pay" (the independent side).
  Object.assign(process.env, merchantEnv(m, { GONGYING_PAYMENT: 'wechat', WXPAY_BASE_URL: base, WXPAY_REFUND_NOTIFY_URL: 'https://example.com/refund-notify' }));
  resetPaymentProvider();
});
afterAll(async () => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  resetPaymentProvider();
  sandboxControl.reset();
  await new Promise((resolve) => gateway.close(resolve));
  await cloud.stop();
});

const call = (fn: 'payNotify' | 'refundNotify', n: { headers: Record<string, string>; body: string }) =>
  cloud.functions.get(fn)!({ httpMethod: 'POST', headers: n.headers, body: n.body, isBase64Encoded: false }, invocationContext(fn, { source: 'http' })) as Promise<{
    statusCode: number;
    body: string;
  }>;
const readRefund = async (id: string) => (await cloud.db.collection('refunds').doc(id).get()).data[0] as RefundDoc;
const seconds = () => Math.floor(now().getTime() / 1000);

describe('payNotify with notifications built by wechatpay-axios-plugin', () => {
  const transaction = () => ({
    appid: m.appid,
    mchid: m.mchid,
    out_trade_no: unpaid,
    transaction_id: '4200000001202506011234567890',
    trade_type: 'JSAPI',
    trade_state: 'SUCCESS',
    trade_state_desc: '支付成功',
    success_time: now().toISOString(),
    payer: { openid: 'ind-payer' },
    amount: { total: 3990, payer_total: 3990, currency: 'CNY', payer_currency: 'CNY' },
  });
  const paid = (options = {}) => independentNotification(m, 'TRANSACTION.SUCCESS', 'transaction', transaction(), now(), options);

  it('refuses a tampered body, a wrong serial and a stale timestamp, writing nothing', async () => {
    const genuine = paid();
    const forgeries = [
      { ...genuine, body: genuine.body.replace('"EV-', '"EX-') },
      paid({ serial: 'PUB_KEY_ID_0000000000000000000000000000000000' }),
      paid({ timestamp: seconds() - 6 * 60 }),
    ];
    for (const forged of forgeries) expect((await call('payNotify', forged)).statusCode).toBe(400);
    expect((await readOrder(cloud, unpaid)).status).toBe('pending_payment');
  });

  it('accepts the genuine one and marks the order paid', async () => {
    const reply = await call('payNotify', paid());
    expect(reply).toMatchObject({ statusCode: 200, body: JSON.stringify({ code: 'SUCCESS' }) });
    expect((await readOrder(cloud, unpaid)).status).not.toBe('pending_payment');
    expect((await readOrder(cloud, unpaid)).transactionId).toBe('4200000001202506011234567890');
  });
});

describe('refundNotify with notifications built by wechatpay-axios-plugin', () => {
  const resource = (status: string) => ({
    mchid: m.mchid,
    transaction_id: '4200000001202506011234567890',
    out_trade_no: refunded.orderId,
    refund_id: '50000000382019052709732678859',
    out_refund_no: refunded.refundId,
    refund_status: status,
    success_time: now().toISOString(),
    user_received_account: '支付用户零钱',
    amount: { total: 3990, refund: 3990, payer_total: 3990, payer_refund: 3990 },
  });
  const notice = (status: string, options = {}) => independentNotification(m, `REFUND.${status}`, 'refund', resource(status), now(), options);

  it('refuses a tampered body, a wrong serial and a stale timestamp, writing nothing', async () => {
    const before = await readRefund(refunded.refundId);
    expect(before.status).toBe('processing');
    const genuine = notice('SUCCESS');
    const forgeries = [
      { ...genuine, body: genuine.body.replace('"EV-', '"EX-') },
      notice('SUCCESS', { serial: 'PUB_KEY_ID_0000000000000000000000000000000000' }),
      notice('SUCCESS', { timestamp: seconds() - 6 * 60 }),
      notice('SUCCESS', { apiV3Key: 'k'.repeat(32) }),
    ];
    for (const forged of forgeries) expect((await call('refundNotify', forged)).statusCode).toBe(400);
    expect(await readRefund(refunded.refundId)).toEqual(before);
    expect((await readOrder(cloud, refunded.orderId)).status).toBe('refunding');
  });

  it('accepts REFUND.SUCCESS once: processing → succeeded, the order refunded; a repeat changes nothing', async () => {
    expect((await call('refundNotify', notice('SUCCESS'))).statusCode).toBe(200);
    const after = await readRefund(refunded.refundId);
    expect(after).toMatchObject({ status: 'succeeded', platformStatus: 'SUCCESS', receivedAccount: '支付用户零钱' });
    expect((await readOrder(cloud, refunded.orderId)).status).toBe('refunded');
    expect((await call('refundNotify', notice('SUCCESS'))).statusCode).toBe(200);
    expect((await call('refundNotify', notice('ABNORMAL'))).statusCode).toBe(200); // late and contrary: ignored
    expect(await readRefund(refunded.refundId)).toEqual(after);
  });
});

describe('the refund query over HTTP, signed by the adapter and checked by wechatpay-axios-plugin', () => {
  it('asks for the processing refund with a verifiable Authorization, and applies the answer (processing → abnormal)', async () => {
    platformRefunds.set(queried.refundId, 'ABNORMAL');
    cloud.clock.advance(MINUTE + 1000);
    const run = await runTimer(cloud, 'retryRefunds');
    expect(run).toMatchObject({ ok: true, data: { queried: 1, abnormal: 1 } });
    expect(gatewayLog).toContainEqual({ method: 'GET', uri: `/v3/refund/domestic/refunds/${queried.refundId}`, valid: true });
    expect(await readRefund(queried.refundId)).toMatchObject({ status: 'abnormal', platformStatus: 'ABNORMAL' });
    expect((await readOrder(cloud, queried.orderId)).status).toBe('refunding');
  });
});
