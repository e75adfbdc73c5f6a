import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { gb, makeDeal, readDeal, readOrder } from '../helpers/groupbuy';
import { sandboxPaymentProvider } from '../../cloudfunctions/shared/providers/payment';
import { invocationContext } from '../../emulator/functions-host';
import { now } from '../../cloudfunctions/shared/runtime/clock';

let cloud: TestCloud;
let dealId: string;
let order: { orderId: string; groupId: string };
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  dealId = await makeDeal(cloud);
  order = await gb(cloud, 'payer', { action: 'startGroup', dealId });
});
afterAll(() => cloud.stop());

const platform = () => invocationContext('payNotify', { source: 'http' });
const notify = (event: unknown, context: unknown = platform()) => cloud.functions.get('payNotify')!(event, context) as Promise<any>;
const asHttp = (n: { headers: Record<string, string | undefined>; body: string }) => ({
  httpMethod: 'POST',
  headers: n.headers,
  body: n.body,
  isBase64Encoded: false,
});
const signed = (over: Partial<{ outTradeNo: string; amountFen: number; payerOpenid: string }> = {}) =>
  sandboxPaymentProvider().signNotification({ outTradeNo: order.orderId, amountFen: 2990, payerOpenid: 'payer', paidAt: now(), ...over });

async function expectUnchanged() {
  expect((await readOrder(cloud, order.orderId)).status).toBe('pending_payment');
  expect(await readDeal(cloud, dealId)).toMatchObject({ stockReserved: 1, stockSold: 0 });
}

describe('payNotify refuses anything that is not a genuine payment', () => {
  it('a wrong amount', async () => {
    const reply = await notify(asHttp(signed({ amountFen: 1 })));
    expect(reply.statusCode).toBe(400);
    expect(JSON.parse(reply.body)).toEqual({ code: 'FAIL', message: 'amount mismatch' });
    await expectUnchanged();
  });

  it('an unknown order', async () => {
    expect((await notify(asHttp(signed({ outTradeNo: 'f'.repeat(32) })))).statusCode).toBe(400);
    await expectUnchanged();
  });

  it('another payer', async () => {
    expect((await notify(asHttp(signed({ payerOpenid: 'someone-else' })))).statusCode).toBe(400);
    await expectUnchanged();
  });

  it('a bad signature or a tampered body', async () => {
    const good = signed();
    const tampered = { ...good, body: good.body.replace('2990', '2991') };
    expect((await notify(asHttp(tampered))).statusCode).toBe(400);
    const forged = { ...good, headers: { ...good.headers, 'x-sandbox-signature': 'ab'.repeat(32) } };
    expect((await notify(asHttp(forged))).statusCode).toBe(400);
    expect((await notify(asHttp({ headers: {}, body: good.body }))).statusCode).toBe(400);
    await expectUnchanged();
  });

  it('a caller that is not the payment platform (a mini-program user calling the function)', async () => {
    const reply = await notify(asHttp(signed()), invocationContext('payNotify', { openid: 'payer', source: 'wx_client' }));
    expect(reply.statusCode).toBe(403);
    const viaClient = await cloud.post('/cloud/payNotify', asHttp(signed()), { 'x-wx-openid': 'payer' });
    expect((await viaClient.json()).statusCode).toBe(403);
    await expectUnchanged();
  });

  it('malformed events', async () => {
    for (const event of [null, 'x', {}, { httpMethod: 'GET', body: '' }, { httpMethod: 'POST', body: 'not json', headers: {} }]) {
      expect((await notify(event)).statusCode).toBeGreaterThanOrEqual(400);
    }
    await expectUnchanged();
  });

  it('and accepts the genuine one', async () => {
    const reply = await notify(asHttp(signed()));
    expect(reply).toMatchObject({ statusCode: 200, body: JSON.stringify({ code: 'SUCCESS' }) });
    expect((await readOrder(cloud, order.orderId)).status).toBe('paid');
  });
});
