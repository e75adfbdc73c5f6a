import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { ensureTestPoint, gb, makeDeal, MINUTE, readOrder, runTimer, TEST_POINT_ID } from '../helpers/groupbuy';
import { addressOf, fl, paidOrder } from '../helpers/fulfilment';
import { adminCall, dist, makeDistributor } from '../helpers/distribution';
import { makePartner, makePerk, vouchersWhere } from '../helpers/partner';
import { rewardEffectiveOrders } from '../../cloudfunctions/groupbuy/flows/order-rewards';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { sandboxPaymentProvider } from '../../cloudfunctions/shared/providers/payment';
import { invocationContext } from '../../emulator/functions-host';

const DAY = 86_400_000;
let cloud: TestCloud;
let dealId: string;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  dealId = await makeDeal(cloud, { stockInitial: 200, perUserLimit: 50, groupSize: 2, endAt: new Date(Date.now() + 3650 * DAY) });
  await ensureTestPoint(cloud);
  // Settings other than the defaults, so a view built without them would show.
  await fl(cloud, { action: 'saveSettings', autoReceiveDays: 5, afterSaleDays: 3 });
});
afterAll(() => cloud.stop());

async function shippedOrder(buyer: string, deal = dealId, quantity = 1): Promise<string> {
  const orderId = await paidOrder(cloud, buyer, deal, { mode: 'express', addressId: await addressOf(cloud, buyer) }, quantity);
  await fl(cloud, { action: 'shipOrders', items: [{ orderId, company: '顺丰速运', trackingNo: `SF${orderId.slice(0, 10)}` }] });
  return orderId;
}
const confirm = (buyer: string, orderId: string) => cloud.call('groupbuy', { action: 'confirmReceipt', orderId }, buyer);
const getOrder = async (buyer: string, orderId: string) => (await gb(cloud, buyer, { action: 'getOrder', orderId })).order;
/** The same order as the orders list shows it (views built from reads of their own). */
async function listed(buyer: string, orderId: string) {
  const page = await gb(cloud, buyer, { action: 'myOrders', limit: 50 });
  return page.items.find((o: { orderId: string }) => o.orderId === orderId);
}
/** WeChat Pay's notification for an order, through payNotify's HTTP entry (the payment's follow-up is left to its outbox). */
async function notifyPaid(orderId: string): Promise<void> {
  const order = await readOrder(cloud, orderId);
  const n = sandboxPaymentProvider().signNotification({ outTradeNo: orderId, amountFen: order.amountFen, payerOpenid: order.openid, paidAt: now() });
  const reply = (await cloud.functions.get('payNotify')!({ httpMethod: 'POST', headers: n.headers, body: n.body, isBase64Encoded: false }, invocationContext('payNotify', { source: 'http' }))) as { statusCode: number };
  expect(reply.statusCode).toBe(200);
}
const commissionOf = async (orderId: string) => (await cloud.db.collection('commissions').doc(orderId).get()).data[0];

describe('one order from one read: getOrder', () => {
  it('shows what the orders list shows, with the brand’s fulfilment settings (auto-receipt, after-sale window) and the after-sale', async () => {
    const orderId = await shippedOrder('view-buyer');
    const shipped = await getOrder('view-buyer', orderId);
    expect(shipped).toEqual(await listed('view-buyer', orderId));
    expect(shipped.delivery.stage).toBe('shipped');
    expect(Date.parse(shipped.delivery.autoReceiveAt) - Date.parse(shipped.delivery.tracking.shippedAt)).toBe(5 * DAY);

    const received = (await gb(cloud, 'view-buyer', { action: 'confirmReceipt', orderId })).order;
    expect(received).toEqual(await getOrder('view-buyer', orderId));
    expect(received).toEqual(await listed('view-buyer', orderId));
    expect(Date.parse(received.delivery.afterSaleUntil) - Date.parse(received.delivery.receivedAt)).toBe(3 * DAY);

    // An open request, then a decided one (its note stays visible): the same view both ways.
    const asked = await gb(cloud, 'view-buyer', { action: 'requestAfterSale', orderId, kind: 'refund_only', reason: '包装破损' });
    const open = await getOrder('view-buyer', orderId);
    expect(open.delivery.afterSale).toMatchObject({ status: 'open' });
    expect(open).toEqual(await listed('view-buyer', orderId));
    await fl(cloud, { action: 'reviewAfterSale', afterSaleId: asked.afterSale.afterSaleId, approve: false, note: '照片看不出破损' });
    const decided = await getOrder('view-buyer', orderId);
    expect(decided.delivery).toMatchObject({ stage: 'completed', afterSale: { status: 'rejected', note: '照片看不出破损' } });
    expect(decided).toEqual(await listed('view-buyer', orderId));
  });

  it('right after paying, finishes the payment’s follow-up first (also while the outbox drains it): the leader sees the group open', async () => {
    const started = await gb(cloud, 'paid-leader', { action: 'startGroup', dealId, delivery: { mode: 'pickup', pointId: TEST_POINT_ID } });
    await notifyPaid(started.orderId);
    expect(await readOrder(cloud, started.orderId)).toMatchObject({ status: 'paid', paidWorkDue: true });
    const [order, drain] = await Promise.all([getOrder('paid-leader', started.orderId), runTimer(cloud, 'drainOutbox')]);
    expect(drain.ok).toBe(true);
    expect(order).toMatchObject({ status: 'paid', groupStatus: 'open', delivery: { mode: 'pickup', point: { pointId: TEST_POINT_ID } } });
    const stored = await readOrder(cloud, started.orderId);
    expect(stored.paidWorkDue).toBeUndefined();
    const group = (await cloud.db.collection('groups').doc(started.groupId).get()).data[0];
    expect(group).toMatchObject({ status: 'open', paidCount: 1, paidOrderIds: [started.orderId] });
    expect(order).toEqual(await listed('paid-leader', started.orderId));
  });

  it('answers NOT_FOUND for someone else’s order or an unknown id, and INVALID_ARGUMENT for a bad one', async () => {
    const orderId = await shippedOrder('owner-1');
    expect((await cloud.call('groupbuy', { action: 'getOrder', orderId }, 'someone-else')).error.code).toBe('NOT_FOUND');
    expect((await cloud.call('groupbuy', { action: 'getOrder', orderId: 'no-such-order' }, 'owner-1')).error.code).toBe('NOT_FOUND');
    expect((await cloud.call('groupbuy', { action: 'getOrder', orderId: { $ne: null } }, 'owner-1')).error.code).toBe('INVALID_ARGUMENT');
  });
});

describe('what an order earns, when it completes before that was written', () => {
  it('a completed order whose reward write died gets its commission from the hourly job, due when its after-sale window ends', async () => {
    const code = await makeDistributor(cloud, 'heal-leader');
    await dist(cloud, 'heal-buyer', { action: 'bind', code });
    const orderId = await shippedOrder('heal-buyer');
    // The reward write died: no commission, the order not marked.
    await cloud.db.collection('commissions').doc(orderId).remove();
    await cloud.db.collection('orders').doc(orderId).update({ rewardsDone: false });
    expect((await confirm('heal-buyer', orderId)).data.order.status).toBe('completed');
    expect(await commissionOf(orderId)).toBeUndefined();

    await runTimer(cloud, 'settleCommissions');
    const order = await readOrder(cloud, orderId);
    expect(order.rewardsDone).toBe(true);
    const commission = await commissionOf(orderId);
    expect(commission).toMatchObject({ status: 'pending', distributorOpenid: 'heal-leader' });
    expect(new Date(commission.unfreezeAt).getTime()).toBe(new Date(order.completedAt!).getTime() + 3 * DAY);
    expect(await cloud.db.collection('grants').doc(`order:${orderId}`).get()).toMatchObject({ data: [expect.objectContaining({ openid: 'heal-buyer' })] });
  });

  it('a commission written as its order completed (so the completion found none to date) is dated by the hourly job, once', async () => {
    const code = await makeDistributor(cloud, 'date-leader');
    await dist(cloud, 'date-buyer', { action: 'bind', code });
    const orderId = await shippedOrder('date-buyer');
    await confirm('date-buyer', orderId);
    await cloud.db.collection('commissions').doc(orderId).update({ unfreezeAt: null });
    const first = await runTimer(cloud, 'settleCommissions');
    expect(first.data.dated).toBe(1);
    const order = await readOrder(cloud, orderId);
    expect(new Date((await commissionOf(orderId)).unfreezeAt).getTime()).toBe(new Date(order.completedAt!).getTime() + 3 * DAY);
    expect((await runTimer(cloud, 'settleCommissions')).data.dated).toBe(0);
  });
});

describe('确认收货: confirmReceipt', () => {
  it('completes an order once under concurrent confirms and the auto-receipt; its commission becomes due once, after the window', async () => {
    const code = await makeDistributor(cloud, 'receipt-leader');
    await dist(cloud, 'race-buyer', { action: 'bind', code });
    const orderId = await shippedOrder('race-buyer');
    expect(await commissionOf(orderId)).toMatchObject({ status: 'pending', unfreezeAt: null });
    cloud.clock.advance(5 * DAY + MINUTE); // the auto-receipt is due as well

    const [tick, ...answers] = await Promise.all([runTimer(cloud, 'fulfilmentTick'), ...Array.from({ length: 6 }, () => confirm('race-buyer', orderId))]);
    expect(tick.ok).toBe(true);
    for (const a of answers) expect(a.data.order.status).toBe('completed');
    const order = await readOrder(cloud, orderId);
    expect(order.status).toBe('completed');
    expect(new Set(answers.map((a) => a.data.order.delivery.receivedAt))).toEqual(new Set([new Date(order.completedAt!).toISOString()]));
    const commission = await commissionOf(orderId);
    expect(new Date(commission.unfreezeAt).getTime()).toBe(new Date(order.completedAt!).getTime() + 3 * DAY);

    // A repeat answers the completed order and changes nothing.
    const again = await confirm('race-buyer', orderId);
    expect(again.data.order).toEqual(answers[0].data.order);
    expect(await readOrder(cloud, orderId)).toEqual(order);

    cloud.clock.advance(2 * DAY);
    await runTimer(cloud, 'settleCommissions');
    expect((await commissionOf(orderId)).status).toBe('pending');
    cloud.clock.advance(DAY + MINUTE);
    await runTimer(cloud, 'settleCommissions');
    expect((await commissionOf(orderId)).status).toBe('settled');
  });

  it('issues the vouchers a deal’s perk earns once the order is received, once under concurrent confirms', async () => {
    const perkDeal = await makeDeal(cloud, { stockInitial: 50, perUserLimit: 5, endAt: new Date(Date.now() + 3650 * DAY) });
    await makePerk(cloud, perkDeal, await makePartner(cloud, '受理瑜伽'), { perMember: 5 });
    const orderId = await shippedOrder('perk-buyer', perkDeal, 2);
    const answers = await Promise.all(Array.from({ length: 5 }, () => confirm('perk-buyer', orderId)));
    for (const a of answers) expect(a.data.order.status).toBe('completed');
    // Issued by the confirm or, when it is left to the outbox, within the minute by the drain (twice at once here).
    await Promise.all([runTimer(cloud, 'drainOutbox'), runTimer(cloud, 'drainOutbox')]);
    const vouchers = await vouchersWhere(cloud, { orderId });
    expect(vouchers.map((v) => v.status)).toEqual(['active', 'active']);
    expect((await readOrder(cloud, orderId)).perksDone).toBe(true);
  });

  it('refuses an order not shipped, a pickup order and someone else’s order, writing nothing', async () => {
    const unshipped = await paidOrder(cloud, 'refused-buyer', dealId, { mode: 'express', addressId: await addressOf(cloud, 'refused-buyer') });
    const pickup = await paidOrder(cloud, 'refused-buyer', dealId, { mode: 'pickup', pointId: TEST_POINT_ID });
    const shipped = await shippedOrder('refused-owner');
    const before = await Promise.all([unshipped, pickup, shipped].map((id) => readOrder(cloud, id)));

    expect((await confirm('refused-buyer', unshipped)).error.code).toBe('ORDER_STATE');
    expect((await confirm('refused-buyer', pickup)).error.code).toBe('ORDER_STATE');
    expect((await confirm('refused-buyer', shipped)).error.code).toBe('NOT_FOUND');
    expect((await confirm('refused-buyer', 'no-such-order')).error.code).toBe('NOT_FOUND');
    expect((await cloud.call('groupbuy', { action: 'confirmReceipt' }, 'refused-buyer')).error.code).toBe('INVALID_ARGUMENT');
    expect(await Promise.all([unshipped, pickup, shipped].map((id) => readOrder(cloud, id)))).toEqual(before);
  });

  it('answers the order as it is when a refund got there first', async () => {
    const orderId = await shippedOrder('refund-buyer');
    await adminCall(cloud, { action: 'refundOrder', orderId, reason: '仓库缺货' });
    const before = await readOrder(cloud, orderId);
    expect(['refunding', 'refunded']).toContain(before.status);
    expect((await confirm('refund-buyer', orderId)).error.code).toBe('ORDER_STATE');
    expect(await readOrder(cloud, orderId)).toEqual(before);
  });
});

describe('order rewards', () => {
  /** Three paid solo orders of `buyer` whose rewards are not written yet (as if the run that owed them died), the buyer at `growth`. */
  async function unrewardedOrders(buyer: string, growth: number): Promise<string[]> {
    const rewardDeal = await makeDeal(cloud, { stockInitial: 50, perUserLimit: 10, soloPriceFen: 1000, endAt: new Date(Date.now() + 3650 * DAY) });
    const orders: string[] = [];
    for (let i = 0; i < 3; i++) orders.push(await paidOrder(cloud, buyer, rewardDeal, { mode: 'pickup', pointId: TEST_POINT_ID }));
    await runTimer(cloud, 'drainOutbox');
    expect((await cloud.db.collection('users').doc(buyer).get()).data[0]).toMatchObject({ growth: 60, points: 30 });
    for (const id of orders) {
      await cloud.db.collection('grants').doc(`order:${id}`).remove();
      await cloud.db.collection('orders').doc(id).update({ rewardsDone: false });
    }
    await cloud.db.collection('users').doc(buyer).update({ growth, points: 0, tier: 'explorer', applied: [] });
    return orders;
  }
  const userOf = async (openid: string) => (await cloud.db.collection('users').doc(openid).get()).data[0];
  const tierChanges = async (openid: string) => (await cloud.db.collection('tierChanges').where({ openid }).get()).data;

  it('promotes a buyer whose orders of one batch together cross the threshold, once', async () => {
    const orders = await unrewardedOrders('batch-buyer', 50);
    expect(await rewardEffectiveOrders(cloud.db, { openid: 'batch-buyer' }, now())).toBe(3);
    expect(await userOf('batch-buyer')).toMatchObject({ growth: 110, points: 30, tier: 'officer' });
    expect(await tierChanges('batch-buyer')).toHaveLength(1);
    for (const id of orders) expect((await readOrder(cloud, id)).rewardsDone).toBe(true);
    expect(await rewardEffectiveOrders(cloud.db, { openid: 'batch-buyer' }, now())).toBe(0);
  });

  it('grants each order once when two runs reward the same orders at once', async () => {
    await unrewardedOrders('twice-buyer', 0);
    const runs = await Promise.all([rewardEffectiveOrders(cloud.db, { openid: 'twice-buyer' }, now()), rewardEffectiveOrders(cloud.db, { openid: 'twice-buyer' }, now())]);
    expect(runs).toEqual([3, 3]);
    expect(await userOf('twice-buyer')).toMatchObject({ growth: 60, points: 30, tier: 'explorer' });
    expect(await cloud.db.collection('grants').where({ openid: 'twice-buyer' }).count()).toMatchObject({ total: 3 });
  });
});
