/**
 * Refunds the platform holds as PROCESSING are not done: the order stays 退款中 until a
 * refund notification (refundNotify) or the query in retryRefunds says SUCCESS, and an
 * ABNORMAL or CLOSED one waits for the brand, never silently 已退款.
 */
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { checkout, makeDeal, MINUTE, pay, readOrder, runTimer } from '../helpers/groupbuy';
import { adminCall } from '../helpers/distribution';
import { sandboxControl, sandboxPaymentProvider, paymentProvider } from '../../cloudfunctions/shared/providers/payment';
import { invocationContext } from '../../emulator/functions-host';
import { retryDueRefunds } from '../../cloudfunctions/groupbuy/flows/retry-refunds';
import { budgetOf } from '../../cloudfunctions/shared/runtime/budget';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import type { RefundDoc } from '../../cloudfunctions/shared/model';

let cloud: TestCloud;
let dealId: string;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  dealId = await makeDeal(cloud, { perUserLimit: 50 });
});
afterAll(() => cloud.stop());
beforeEach(() => sandboxControl.reset());

const readRefund = async (id: string) => (await cloud.db.collection('refunds').doc(id).get()).data[0] as RefundDoc;
const asHttp = (n: { headers: Record<string, string | undefined>; body: string }) => ({ httpMethod: 'POST', headers: n.headers, body: n.body, isBase64Encoded: false });
const refundNotify = (event: unknown, context: unknown = invocationContext('refundNotify', { source: 'http' })) =>
  cloud.functions.get('refundNotify')!(event, context) as Promise<{ statusCode: number; body: string }>;
const finish = async (outRefundNo: string, status: string, notify = true) => (await cloud.post('/dev/refund', { outRefundNo, status, notify })).json();

/** A paid solo order of `buyer`, refunded by the brand while the sandbox holds refunds as PROCESSING. */
async function processingRefund(buyer: string) {
  const order = await checkout(cloud, buyer, { action: 'buySolo', dealId });
  expect(order.ok).toBe(true);
  const orderId = order.data.orderId as string;
  expect((await pay(cloud, orderId)).ok).toBe(true);
  await cloud.post('/dev/payment', { holdNextRefunds: 1 });
  await adminCall(cloud, { action: 'refundOrder', orderId, reason: '顾客不要了' });
  const refundId = `rf${orderId}`;
  return { orderId, refundId };
}

async function shopperView(buyer: string, orderId: string) {
  const res = await cloud.call('groupbuy', { action: 'myOrders' }, buyer);
  return (res.data.items as Array<{ orderId: string; status: string; nextStep: string; refund: { status: string } | null }>).find((o) => o.orderId === orderId)!;
}

describe('a refund the platform answers PROCESSING', () => {
  it('stays 退款中 until refundNotify says SUCCESS; a repeat changes nothing', async () => {
    const { orderId, refundId } = await processingRefund('rn-buyer-1');
    expect((await readOrder(cloud, orderId)).status).toBe('refunding');
    expect(await readRefund(refundId)).toMatchObject({ status: 'processing', platformStatus: 'PROCESSING', queries: 0 });
    const during = await shopperView('rn-buyer-1', orderId);
    expect(during).toMatchObject({ status: 'refunding', refund: { status: 'processing' } });
    expect(during.nextStep).toBe('退款处理中，款项将原路退回');

    expect(await finish(refundId, 'SUCCESS')).toMatchObject({ ok: true, data: { delivered: true } });
    expect((await readOrder(cloud, orderId)).status).toBe('refunded');
    expect(await readRefund(refundId)).toMatchObject({ status: 'succeeded', platformStatus: 'SUCCESS', receivedAccount: '支付用户零钱' });

    const order = await readOrder(cloud, orderId);
    const refund = await readRefund(refundId);
    const again = sandboxPaymentProvider().signRefundNotification(sandboxControl.refund(refundId)!);
    for (let i = 0; i < 3; i++) expect((await refundNotify(asHttp(again))).statusCode).toBe(200);
    expect(await readOrder(cloud, orderId)).toEqual(order);
    expect(await readRefund(refundId)).toEqual(refund);
    expect((await shopperView('rn-buyer-1', orderId)).refund).toMatchObject({ status: 'succeeded' });
  });

  it('becomes abnormal on REFUND.ABNORMAL: the order stays 退款中, the shopper reads 退款异常, the brand sees it', async () => {
    const { orderId, refundId } = await processingRefund('rn-buyer-2');
    expect(await finish(refundId, 'ABNORMAL')).toMatchObject({ ok: true });
    expect((await readOrder(cloud, orderId)).status).toBe('refunding');
    expect(await readRefund(refundId)).toMatchObject({ status: 'abnormal', platformStatus: 'ABNORMAL' });
    const view = await shopperView('rn-buyer-2', orderId);
    expect(view).toMatchObject({ status: 'refunding', refund: { status: 'abnormal' }, nextStep: '退款异常，客服将联系您' });

    // A repeat of the ABNORMAL notification changes nothing.
    const before = await readRefund(refundId);
    const again = sandboxPaymentProvider().signRefundNotification(sandboxControl.refund(refundId)!);
    expect((await refundNotify(asHttp(again))).statusCode).toBe(200);
    expect(await readRefund(refundId)).toEqual(before);

    const attention = await adminCall(cloud, { action: 'refundsNeedingAttention' });
    expect(attention.count).toBeGreaterThanOrEqual(1);
    expect(attention.items.find((r: { refundId: string }) => r.refundId === refundId)).toMatchObject({
      orderId,
      title: '测试能量碗',
      amountFen: 3990,
      platformStatus: 'ABNORMAL',
      status: 'abnormal',
    });

    // An ABNORMAL refund's money waits at WeChat Pay: it cannot be sent again from here.
    const retry = await cloud.call('admin', { action: 'resolveRefund', refundId, resolution: 'retry', note: '' }, 'demo-admin');
    expect(retry.error.code).toBe('ORDER_STATE');
    const noNote = await cloud.call('admin', { action: 'resolveRefund', refundId, resolution: 'offline', note: '' }, 'demo-admin');
    expect(noNote.error.code).toBe('INVALID_ARGUMENT');
    const notAdmin = await cloud.call('admin', { action: 'resolveRefund', refundId, resolution: 'offline', note: '已处理' }, 'rn-buyer-2');
    expect(notAdmin.ok).toBe(false);
    expect((await readRefund(refundId)).status).toBe('abnormal');

    const done = await adminCall(cloud, { action: 'resolveRefund', refundId, resolution: 'offline', note: '商户平台退至用户银行卡' });
    expect(done.refund).toMatchObject({ status: 'resolved', resolution: { kind: 'offline', note: '商户平台退至用户银行卡' } });
    expect((await readOrder(cloud, orderId)).status).toBe('refunded');
    expect((await shopperView('rn-buyer-2', orderId)).refund).toMatchObject({ status: 'resolved' });
    const after = await adminCall(cloud, { action: 'refundsNeedingAttention' });
    expect(after.items.some((r: { refundId: string }) => r.refundId === refundId)).toBe(false);
    expect(after.count).toBe(attention.count - 1);
    const twice = await cloud.call('admin', { action: 'resolveRefund', refundId, resolution: 'offline', note: '再来一次' }, 'demo-admin');
    expect(twice.error.code).toBe('ORDER_STATE');
  });

  it('is found by the query in retryRefunds when no notification comes: processing → succeeded', async () => {
    const { orderId, refundId } = await processingRefund('rn-buyer-3');
    await finish(refundId, 'SUCCESS', false);
    await runTimer(cloud, 'retryRefunds');
    expect((await readRefund(refundId)).status).toBe('processing'); // the first query is due a minute after the request
    cloud.clock.advance(MINUTE + 1000);
    const run = await runTimer(cloud, 'retryRefunds');
    expect(run).toMatchObject({ ok: true, data: { queried: 1, succeeded: 1 } });
    expect(await readRefund(refundId)).toMatchObject({ status: 'succeeded', queries: 1 });
    expect((await readOrder(cloud, orderId)).status).toBe('refunded');
  });

  it('keeps querying, ever less often, while the platform still says PROCESSING; then processing → abnormal', async () => {
    const { orderId, refundId } = await processingRefund('rn-buyer-4');
    cloud.clock.advance(MINUTE + 1000);
    expect((await runTimer(cloud, 'retryRefunds')).data).toMatchObject({ queried: 1, processing: 1 });
    const next = await readRefund(refundId);
    expect(next).toMatchObject({ status: 'processing', queries: 1 });
    const gap = new Date(next.nextAttemptAt).getTime() - now().getTime();
    expect(gap).toBeGreaterThan(5 * MINUTE - 5000); // the local clock runs on in real time too
    expect(gap).toBeLessThanOrEqual(5 * MINUTE);
    cloud.clock.advance(MINUTE);
    expect((await runTimer(cloud, 'retryRefunds')).data).toMatchObject({ queried: 0 });

    await finish(refundId, 'ABNORMAL', false);
    cloud.clock.advance(5 * MINUTE);
    expect((await runTimer(cloud, 'retryRefunds')).data).toMatchObject({ queried: 1, abnormal: 1 });
    expect(await readRefund(refundId)).toMatchObject({ status: 'abnormal', platformStatus: 'ABNORMAL', queries: 2 });
    expect((await readOrder(cloud, orderId)).status).toBe('refunding');
  });

  it('CLOSED goes to the brand too, who may send it again under a new refund number', async () => {
    const { orderId, refundId } = await processingRefund('rn-buyer-5');
    cloud.clock.advance(MINUTE + 1000);
    await finish(refundId, 'CLOSED', false);
    await runTimer(cloud, 'retryRefunds');
    expect(await readRefund(refundId)).toMatchObject({ status: 'abnormal', platformStatus: 'CLOSED' });
    expect((await readOrder(cloud, orderId)).status).toBe('refunding');

    const retried = await adminCall(cloud, { action: 'resolveRefund', refundId, resolution: 'retry', note: '已充值' });
    expect(retried.refund).toMatchObject({ status: 'succeeded', resolution: { kind: 'retry' } });
    expect(await readRefund(refundId)).toMatchObject({ outRefundNo: `${refundId}-2`, status: 'succeeded' });
    expect((await readOrder(cloud, orderId)).status).toBe('refunded');
    const issued = sandboxControl.refundsIssued.filter((r) => r.outTradeNo === orderId);
    expect(issued.map((r) => [r.outRefundNo, r.status])).toEqual([
      [refundId, 'CLOSED'],
      [`${refundId}-2`, 'SUCCESS'],
    ]);

    // A late notification of the closed number is acknowledged and changes nothing.
    const before = await readRefund(refundId);
    const late = sandboxPaymentProvider().signRefundNotification(sandboxControl.refund(refundId)!);
    expect((await refundNotify(asHttp(late))).statusCode).toBe(200);
    expect(await readRefund(refundId)).toEqual(before);
  });
});

describe('refundNotify refuses what is not a genuine refund result, writing nothing', () => {
  it('a tampered body, a forged signature, an unknown refund, another amount, a mini-program caller', async () => {
    const { orderId, refundId } = await processingRefund('rn-buyer-6');
    const issued = sandboxControl.finishRefund(refundId, 'SUCCESS');
    const genuine = sandboxPaymentProvider().signRefundNotification(issued);
    const before = { order: await readOrder(cloud, orderId), refund: await readRefund(refundId), refunds: await cloud.countAll(['refunds']) };

    const tampered = { ...genuine, body: genuine.body.replace('"refundFen":3990', '"refundFen":1') };
    const forged = { ...genuine, headers: { ...genuine.headers, 'x-sandbox-signature': 'ab'.repeat(32) } };
    const unknown = sandboxPaymentProvider().signRefundNotification({ ...issued, outRefundNo: `rf${'f'.repeat(32)}` });
    const otherAmount = sandboxPaymentProvider().signRefundNotification({ ...issued, refundFen: 1 });
    const otherOrder = sandboxPaymentProvider().signRefundNotification({ ...issued, outTradeNo: 'f'.repeat(32) });
    for (const [n, reason] of [
      [tampered, /signature/],
      [forged, /signature/],
      [unknown, /unknown refund/],
      [otherAmount, /amount mismatch/],
      [otherOrder, /unknown refund/],
    ] as const) {
      const reply = await refundNotify(asHttp(n));
      expect(reply.statusCode).toBe(400);
      expect(JSON.parse(reply.body)).toEqual({ code: 'FAIL', message: expect.stringMatching(reason) });
    }
    expect((await refundNotify(asHttp(genuine), invocationContext('refundNotify', { openid: 'rn-buyer-6', source: 'wx_client' }))).statusCode).toBe(403);
    const viaClient = await cloud.post('/cloud/refundNotify', asHttp(genuine), { 'x-wx-openid': 'rn-buyer-6' });
    expect((await viaClient.json()).statusCode).toBe(403);
    for (const event of [null, {}, { httpMethod: 'GET', body: '' }]) expect((await refundNotify(event)).statusCode).toBe(400);

    expect(await readOrder(cloud, orderId)).toEqual(before.order);
    expect(await readRefund(refundId)).toEqual(before.refund);
    expect(await cloud.countAll(['refunds'])).toBe(before.refunds);

    expect((await refundNotify(asHttp(genuine))).statusCode).toBe(200);
    expect((await readOrder(cloud, orderId)).status).toBe('refunded');
  });
});

describe('retryRefunds under a time budget', () => {
  it('stops before a unit it has no time for and leaves it, counted as more, to the next run', async () => {
    const { refundId } = await processingRefund('rn-buyer-7');
    cloud.clock.advance(MINUTE + 1000);
    const spent = await retryDueRefunds(cloud.db, paymentProvider(), now(), budgetOf(0));
    expect(spent).toMatchObject({ queried: 0, more: 1 });
    expect(await readRefund(refundId)).toMatchObject({ status: 'processing', queries: 0 });
    const ran = await retryDueRefunds(cloud.db, paymentProvider(), now());
    expect(ran).toMatchObject({ queried: 1, processing: 1, more: 0 });
  });
});
