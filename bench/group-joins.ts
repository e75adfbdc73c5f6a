import type { TestCloud } from '../tests/helpers/test-cloud';
import { makeDeal, withDelivery } from '../tests/helpers/groupbuy';
import { invocationContext } from '../emulator/functions-host';
import { sandboxPaymentProvider } from '../cloudfunctions/shared/providers/payment';
import { now } from '../cloudfunctions/shared/runtime/clock';
import { fmt, pool, row, timeIt } from './util';

const GROUPS = 60;
const GROUP_SIZE = 10;
const JOINS = 1500;
const CLIENTS = 50;

/** A checkout picks up at the test point unless it chose a delivery (one more read, beside the deal's). */
async function call(cloud: TestCloud, openid: string, data: Record<string, unknown>) {
  const res = await cloud.call('groupbuy', await withDelivery(cloud, data), openid);
  if (!res.ok) throw new Error(`${JSON.stringify(data)}: ${res.error.code}`);
  return res.data;
}

/** Database round trips one call makes, counted at the emulator. */
async function roundTrips(cloud: TestCloud, work: () => Promise<unknown>): Promise<number> {
  cloud.store.resetCounters();
  await work();
  return cloud.store.counters.requests;
}

/**
 * Joins per second through the local cloud's HTTP with 50 concurrent clients
 * spread over 60 open groups, then a check that no group is over-full; and the
 * round trips of the buying path: startGroup, joinGroup, buySolo, payOrder,
 * cancelOrder and the payment notification.
 */
export async function benchGroupJoins(cloud: TestCloud): Promise<void> {
  const dealId = await makeDeal(cloud, { groupSize: GROUP_SIZE, stockInitial: 100_000, perUserLimit: 1 });
  const groupIds: string[] = [];
  let startTrips = 0;
  let notifyTrips = 0;
  let openTrips = 0;
  for (let i = 0; i < GROUPS; i++) {
    let started: { groupId: string; orderId: string } | undefined;
    startTrips = await roundTrips(cloud, async () => {
      started = await call(cloud, `leader-${i}`, { action: 'startGroup', dealId });
    });
    const order = started!;
    const http = sandboxPaymentProvider().signNotification({ outTradeNo: order.orderId, amountFen: 2990, payerOpenid: `leader-${i}`, paidAt: now() });
    const event = { httpMethod: 'POST', headers: http.headers, body: http.body, isBase64Encoded: false };
    notifyTrips = await roundTrips(cloud, () => cloud.functions.get('payNotify')!(event, invocationContext('payNotify', { source: 'http' })));
    // As the app does after paying: the leader's next read finishes the payment's outbox work (the group opens).
    openTrips = await roundTrips(cloud, async () => {
      const opened = await cloud.call('groupbuy', { action: 'getOrder', orderId: order.orderId }, `leader-${i}`);
      if (!opened.ok) throw new Error(`getOrder: ${opened.error.code}`);
    });
    groupIds.push(order.groupId);
  }
  const joinTrips = await roundTrips(cloud, () => call(cloud, 'probe-joiner', { action: 'joinGroup', groupId: groupIds[0] }));
  // The rest of the buying path, each called once as a shopper would.
  let solo: { orderId: string } | undefined;
  const soloTrips = await roundTrips(cloud, async () => {
    solo = await call(cloud, 'probe-solo', { action: 'buySolo', dealId });
  });
  const payOrderTrips = await roundTrips(cloud, () => call(cloud, 'probe-solo', { action: 'payOrder', orderId: solo!.orderId }));
  const cancelSoloTrips = await roundTrips(cloud, () => call(cloud, 'probe-solo', { action: 'cancelOrder', orderId: solo!.orderId }));
  const canceller = await call(cloud, 'probe-canceller', { action: 'joinGroup', groupId: groupIds[1] });
  const cancelJoinTrips = await roundTrips(cloud, () => call(cloud, 'probe-canceller', { action: 'cancelOrder', orderId: canceller.orderId }));

  let joined = 0;
  let full = 0;
  const run = await timeIt(() =>
    pool(JOINS, CLIENTS, async (i) => {
      const res = await cloud.call('groupbuy', await withDelivery(cloud, { action: 'joinGroup', groupId: groupIds[i % GROUPS] }), `joiner-${i}`);
      if (res.ok) joined++;
      else if (res.error.code === 'GROUP_FULL') full++;
      else throw new Error(res.error.code);
    }),
  );
  const groups = (await cloud.db.collection('groups').where({ dealId }).limit(1000).get()).data;
  const overFull = groups.filter((g: { seatsTaken: number; members: unknown[] }) => g.seatsTaken > GROUP_SIZE || g.members.length > GROUP_SIZE);

  console.log(`\nGroup joins through HTTP (${CLIENTS} concurrent clients, ${GROUPS} groups of ${GROUP_SIZE})`);
  row('join calls per second (seat taken or GROUP_FULL)', `${fmt((JOINS / run.ms) * 1000)} /s`);
  row('seats taken per second', `${fmt((joined / run.ms) * 1000)} /s (${joined} seats, ${full} × GROUP_FULL)`);
  row('groups over their size', `${overFull.length}`);
  console.log('\nDatabase round trips per call (counted at the emulator)');
  row('startGroup', `${startTrips}`);
  row('joinGroup', `${joinTrips}`);
  row('buySolo', `${soloTrips}`);
  row('payOrder (去支付 again)', `${payOrderTrips}`);
  row('cancelOrder, a solo order / a joiner\'s seat', `${cancelSoloTrips} / ${cancelJoinTrips}`);
  row('payment notification, before it answers', `${notifyTrips}`);
  row("the leader's next getOrder (its outbox work opens the group)", `${openTrips}`);
}
