import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { assertDealInvariants, ensureTestPoint, gb, makeDeal, readDeal, readOrder, runTimer, TEST_POINT_ID } from '../helpers/groupbuy';
import { addressOf, fl, fulfil, paidOrder, receiveOrders, shippingUploads } from '../helpers/fulfilment';
import { assertLedgerInvariants, dist, makeDistributor } from '../helpers/distribution';

const DAY = 86_400_000;
let cloud: TestCloud;
let dealId: string;
beforeAll(async () => {
  cloud = await startTestCloud();
  dealId = await makeDeal(cloud, { stockInitial: 100, perUserLimit: 50, endAt: new Date(Date.now() + 3650 * DAY) });
  await ensureTestPoint(cloud);
});
afterAll(() => cloud.stop());

async function expressOrder(buyer: string, quantity = 1): Promise<string> {
  return paidOrder(cloud, buyer, dealId, { mode: 'express', addressId: await addressOf(cloud, buyer) }, quantity);
}
const ship = (orderId: string, trackingNo = 'SF1234567890') => fulfil(cloud, { action: 'shipOrders', items: [{ orderId, company: '顺丰速运', trackingNo }] });

describe('express: shipping, WeChat shipping information, receipt', () => {
  it('ships an order once when shipped twice at once: one shipment, one upload', async () => {
    const orderId = await expressOrder('buyer-1');
    const queued = await fl(cloud, { action: 'shipQueue', stage: 'to_ship' });
    expect(queued.items.map((i: { orderId: string }) => i.orderId)).toContain(orderId);
    expect(queued.items.find((i: { orderId: string }) => i.orderId === orderId).delivery.address.phone).toBe('13912345678');

    const [a, b] = await Promise.all([ship(orderId), ship(orderId, 'SF999999999')]);
    expect([a.data.results[0].result, b.data.results[0].result].sort()).toEqual(['already', 'shipped']);
    expect(await cloud.db.collection('shipments').where({ orderId }).count()).toMatchObject({ total: 1 });
    const uploads = (await shippingUploads(cloud)).filter((u) => u.orderId === orderId);
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatchObject({ mode: 'express', receiverContact: '139****5678' });
    const order = await readOrder(cloud, orderId);
    expect(order.shippedAt).toBeTruthy();
    expect((await fl(cloud, { action: 'shipQueue', stage: 'shipped' })).items.map((i: { orderId: string }) => i.orderId)).toContain(orderId);
  });

  it('refuses to ship what is not an effective express order, per item', async () => {
    const pickup = await paidOrder(cloud, 'buyer-2', dealId, { mode: 'pickup', pointId: TEST_POINT_ID });
    const { results } = await fl(cloud, { action: 'shipOrders', items: [{ orderId: pickup, company: '顺丰速运', trackingNo: 'SF1111111' }, { orderId: 'nope', company: '顺丰速运', trackingNo: 'SF1111111' }] });
    expect(results.map((r: { result: string; error?: { code: string } }) => [r.result, r.error?.code])).toEqual([['refused', 'ORDER_STATE'], ['refused', 'NOT_FOUND']]);
    expect((await fulfil(cloud, { action: 'shipOrders', items: [] })).error.code).toBe('INVALID_ARGUMENT');
    expect((await fulfil(cloud, { action: 'shipQueue' }, 'buyer-2')).error.code).toBe('FORBIDDEN');
  });

  it('retries a failed upload with the timer until it succeeds, once', async () => {
    const orderId = await expressOrder('buyer-3');
    await cloud.post('/dev/shipping', { failNext: 2 });
    expect((await ship(orderId)).data.results[0].result).toBe('shipped');
    expect((await readShipment(orderId)).status).toBe('failed');
    cloud.clock.advance(60_000);
    await runTimer(cloud, 'fulfilmentTick'); // fails again
    cloud.clock.advance(2 * 60_000);
    await Promise.all([runTimer(cloud, 'fulfilmentTick'), runTimer(cloud, 'fulfilmentTick')]);
    cloud.clock.advance(60 * 60_000);
    await runTimer(cloud, 'fulfilmentTick');
    expect(await readShipment(orderId)).toMatchObject({ status: 'uploaded', attempts: 3 });
    expect((await shippingUploads(cloud)).filter((u) => u.orderId === orderId)).toHaveLength(1);
  });

  it('lets the shopper confirm receipt of a shipped order, and completes the others by themselves after autoReceiveDays', async () => {
    const early = await expressOrder('buyer-4');
    expect((await cloud.call('groupbuy', { action: 'confirmReceipt', orderId: early }, 'buyer-4')).error.code).toBe('ORDER_STATE');
    await ship(early);
    const received = await gb(cloud, 'buyer-4', { action: 'confirmReceipt', orderId: early });
    expect(received.order.status).toBe('completed');

    const later = await expressOrder('buyer-5');
    await ship(later);
    cloud.clock.advance(9 * DAY);
    await runTimer(cloud, 'fulfilmentTick');
    expect((await readOrder(cloud, later)).status).toBe('effective');
    cloud.clock.advance(DAY + 60_000);
    const tick = await runTimer(cloud, 'fulfilmentTick');
    expect(tick.data.received).toBeGreaterThanOrEqual(1);
    expect((await readOrder(cloud, later)).status).toBe('completed');
  });
});

describe('after-sale (售后) and commission timing', () => {
  it('settles commission only after completion plus the after-sale window, holds it while a request is open, and one request at a time', async () => {
    const code = await makeDistributor(cloud, 'leader-1');
    await dist(cloud, 'buyer-6', { action: 'bind', code });
    const orderId = await expressOrder('buyer-6');
    await runTimer(cloud, 'settleCommissions');
    const pending = (await cloud.db.collection('commissions').doc(orderId).get()).data[0];
    expect(pending).toMatchObject({ status: 'pending', unfreezeAt: null });
    cloud.clock.advance(30 * DAY);
    await runTimer(cloud, 'settleCommissions');
    expect((await cloud.db.collection('commissions').doc(orderId).get()).data[0].status).toBe('pending');

    await receiveOrders(cloud, [orderId]);
    cloud.clock.advance(6 * DAY);
    await runTimer(cloud, 'settleCommissions');
    expect((await cloud.db.collection('commissions').doc(orderId).get()).data[0].status).toBe('pending');
    // A request in the window holds the commission back while open.
    const asked = await gb(cloud, 'buyer-6', { action: 'requestAfterSale', orderId, kind: 'refund_only', reason: '包装破损' });
    const again = await cloud.call('groupbuy', { action: 'requestAfterSale', orderId, kind: 'refund_only', reason: '再来一次' }, 'buyer-6');
    expect(again.error.code).toBe('AFTER_SALE_OPEN');
    cloud.clock.advance(2 * DAY);
    await runTimer(cloud, 'settleCommissions');
    expect((await cloud.db.collection('commissions').doc(orderId).get()).data[0].status).toBe('pending');
    // Rejected: the shopper reads why, the commission settles.
    const rejected = await fl(cloud, { action: 'reviewAfterSale', afterSaleId: asked.afterSale.afterSaleId, approve: false, note: '照片看不出破损' });
    expect(rejected.afterSale).toMatchObject({ status: 'rejected', note: '照片看不出破损' });
    // The shopper's order still shows the refusal and its reason, and is 已完成 again.
    const mine = (await gb(cloud, 'buyer-6', { action: 'getOrder', orderId })).order;
    expect(mine.delivery).toMatchObject({ stage: 'completed', afterSale: { status: 'rejected', note: '照片看不出破损' } });
    await runTimer(cloud, 'settleCommissions');
    const settled = (await cloud.db.collection('commissions').doc(orderId).get()).data[0];
    expect(settled.status).toBe('settled');
    expect((await assertLedgerInvariants(cloud, 'leader-1')).availableFen).toBe(settled.amountFen);
    // The window has passed now.
    expect((await cloud.call('groupbuy', { action: 'requestAfterSale', orderId, kind: 'refund_only', reason: '还是不行' }, 'buyer-6')).error.code).toBe('AFTER_SALE_CLOSED');
  });

  it('refunds an approved request through the refund flow: commission cancelled as for a refund, ledger intact, a shipped unit not restocked', async () => {
    await makeDistributor(cloud, 'leader-2').catch(() => undefined);
    const code = (await dist(cloud, 'leader-2', { action: 'myCode' })).code;
    await dist(cloud, 'buyer-7', { action: 'bind', code });
    const orderId = await expressOrder('buyer-7');
    await receiveOrders(cloud, [orderId]);
    cloud.clock.advance(8 * DAY);
    await runTimer(cloud, 'settleCommissions');
    expect((await cloud.db.collection('commissions').doc(orderId).get()).data[0].status).toBe('settled');
    // Past the window: closed. (A fresh order for the request.)
    const second = await expressOrder('buyer-7');
    await receiveOrders(cloud, [second]);
    await runTimer(cloud, 'settleCommissions');
    const asked = await gb(cloud, 'buyer-7', { action: 'requestAfterSale', orderId: second, kind: 'return_refund', reason: '尺寸不合适', images: ['cloud://env.bucket/ugc/buyer-7/a.jpg'] });
    const before = await readDeal(cloud, dealId);
    await fl(cloud, { action: 'reviewAfterSale', afterSaleId: asked.afterSale.afterSaleId, approve: true, note: '' });
    const order = await readOrder(cloud, second);
    expect(['refunding', 'refunded']).toContain(order.status);
    // The shipped unit did not come back: written off, neither on sale nor counted as sold.
    const after = await readDeal(cloud, dealId);
    expect([after.stockLeft - before.stockLeft, before.stockSold - after.stockSold, (after.stockWrittenOff ?? 0) - (before.stockWrittenOff ?? 0)]).toEqual([0, 1, 1]);
    expect((await cloud.db.collection('commissions').doc(second).get()).data[0].status).toBe('cancelled');
    await assertLedgerInvariants(cloud, 'leader-2');
    await assertDealInvariants(cloud, dealId);
  });

  it('restocks a shipped unit when the brand marks the return as received', async () => {
    const orderId = await expressOrder('buyer-8', 2);
    await receiveOrders(cloud, [orderId]);
    const asked = await gb(cloud, 'buyer-8', { action: 'requestAfterSale', orderId, kind: 'return_refund', reason: '不想要了' });
    const before = await readDeal(cloud, dealId);
    await fl(cloud, { action: 'reviewAfterSale', afterSaleId: asked.afterSale.afterSaleId, approve: true, note: '已收到退货', returnReceived: true });
    const after = await readDeal(cloud, dealId);
    expect([after.stockLeft - before.stockLeft, before.stockSold - after.stockSold]).toEqual([2, 2]);
    await assertDealInvariants(cloud, dealId);
  });

  it('refuses after-sale on orders not received, others\' orders and others\' photos', async () => {
    const orderId = await expressOrder('buyer-9');
    expect((await cloud.call('groupbuy', { action: 'requestAfterSale', orderId, kind: 'refund_only', reason: '没收到' }, 'buyer-9')).error.code).toBe('ORDER_STATE');
    expect((await cloud.call('groupbuy', { action: 'requestAfterSale', orderId, kind: 'refund_only', reason: '没收到' }, 'buyer-1')).error.code).toBe('NOT_FOUND');
    const photo = await cloud.call('groupbuy', { action: 'requestAfterSale', orderId, kind: 'refund_only', reason: '没收到', images: ['cloud://env.bucket/ugc/buyer-1/a.jpg'] }, 'buyer-9');
    expect(photo.error.code).toBe('INVALID_ARGUMENT');
    expect((await cloud.call('groupbuy', { action: 'requestAfterSale', orderId, kind: 'refund_only', reason: 'x' }, 'buyer-9')).error.message).toContain('原因');
  });
});

async function readShipment(orderId: string) {
  return (await cloud.db.collection('shipments').doc(orderId).get()).data[0];
}
