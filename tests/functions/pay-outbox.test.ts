import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { gb, makeDeal, pay, readOrder } from '../helpers/groupbuy';
import { sandboxPaymentProvider } from '../../cloudfunctions/shared/providers/payment';
import { outbox } from '../../cloudfunctions/shared/providers/notifier';
import type { Notice, Notifier } from '../../cloudfunctions/shared/providers/notifier/port';
import { invocationContext } from '../../emulator/functions-host';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { budgetOf } from '../../cloudfunctions/shared/runtime/budget';
import { runJob } from '../../cloudfunctions/shared/runtime/jobs';
import { job as drainOutbox } from '../../cloudfunctions/drainOutbox/job';
import { NOTICE_BATCH, NOTICE_LEASE_MS, recordNotices, sendDueNotices } from '../../cloudfunctions/shared/notices';
import type { GroupDoc, NoticeDoc } from '../../cloudfunctions/shared/model';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

const notify = async (orderId: string, payer: string, amountFen = 2990) => {
  const n = sandboxPaymentProvider().signNotification({ outTradeNo: orderId, amountFen, payerOpenid: payer, paidAt: now() });
  const event = { httpMethod: 'POST', headers: n.headers, body: n.body, isBase64Encoded: false };
  return (await cloud.functions.get('payNotify')!(event, invocationContext('payNotify', { source: 'http' }))) as { statusCode: number; body: string };
};
const readGroup = async (id: string) => (await cloud.db.collection('groups').doc(id).get()).data[0] as GroupDoc;
const noticesOf = (groupId: string) => outbox.sent.filter((n) => n.page.endsWith(`id=${groupId}`));
const drain = (budget = budgetOf(45_000)) => runJob(cloud.db, drainOutbox, now(), budget);

describe('payNotify answers once the payment is durable; the rest is the outbox', () => {
  it('answers before the group moves, in a few round trips; the outbox task then runs exactly once', async () => {
    const dealId = await makeDeal(cloud, { groupSize: 2 });
    const leader = await gb(cloud, 'ob-leader', { action: 'startGroup', dealId });
    cloud.store.resetCounters();
    const reply = await notify(leader.orderId, 'ob-leader');
    const trips = cloud.store.counters.requests;
    expect(reply.statusCode).toBe(200);
    expect(trips).toBeLessThanOrEqual(5);
    // Durable: the order is paid and carries its task; nothing after it has happened yet.
    expect(await readOrder(cloud, leader.orderId)).toMatchObject({ status: 'paid', paidWorkDue: true });
    expect(await readGroup(leader.groupId)).toMatchObject({ status: 'pending', paidCount: 0 });

    // WeChat Pay delivers it again: the answer is the same, nothing moves twice.
    expect((await notify(leader.orderId, 'ob-leader')).statusCode).toBe(200);
    expect((await readGroup(leader.groupId)).paidCount).toBe(0);

    // The drain job and the shopper's app (reading its order after paying) at once.
    const [run, view] = await Promise.all([drain(), gb(cloud, 'ob-leader', { action: 'getGroup', groupId: leader.groupId })]);
    expect(run.ok).toBe(true);
    expect(view.group.status).toBe('open');
    expect(await readGroup(leader.groupId)).toMatchObject({ status: 'open', paidCount: 1, paidOrderIds: [leader.orderId] });
    expect((await readOrder(cloud, leader.orderId)).paidWorkDue).toBeUndefined();

    // The second member: two deliveries at once, then two drains at once.
    const member = await gb(cloud, 'ob-member', { action: 'joinGroup', groupId: leader.groupId });
    const replies = await Promise.all([notify(member.orderId, 'ob-member'), notify(member.orderId, 'ob-member')]);
    expect(replies.map((r) => r.statusCode)).toEqual([200, 200]);
    expect((await readGroup(leader.groupId)).status).toBe('open');
    expect(noticesOf(leader.groupId)).toHaveLength(0);
    await Promise.all([drain(), drain()]);
    const group = await readGroup(leader.groupId);
    expect(group).toMatchObject({ status: 'succeeded', paidCount: 2 });
    expect(group.noticesDue).toBeUndefined();
    expect(noticesOf(leader.groupId).map((n) => [n.openid, n.kind]).sort()).toEqual([['ob-leader', 'group_succeeded'], ['ob-member', 'group_succeeded']]);
    expect((await readOrder(cloud, member.orderId)).status).toBe('effective');
    // Both orders earned their rewards (keyed by the order: once, whoever ran first).
    const grants = await cloud.db.collection('grants').where({ _id: cloud.db.command.in([`order:${leader.orderId}`, `order:${member.orderId}`]) }).get();
    expect(grants.data).toHaveLength(2);
    // Nothing left: another drain does nothing and sends nothing.
    const again = await drain();
    expect(again).toMatchObject({ ok: true, counts: { paidFinished: 0, noticesSent: 0 } });
    expect(noticesOf(leader.groupId)).toHaveLength(2);
  });

  it('a 50-member group: 50 notices, each sent exactly once, in batches across drains whose time runs out', async () => {
    const dealId = await makeDeal(cloud, { groupSize: 50, perUserLimit: 1 });
    const leader = await gb(cloud, 'big-0', { action: 'startGroup', dealId });
    await pay(cloud, leader.orderId); // and back in the app: the group opens
    const members: { orderId: string; openid: string }[] = [];
    for (let i = 1; i < 50; i++) {
      const openid = `big-${i}`;
      members.push({ openid, orderId: (await gb(cloud, openid, { action: 'joinGroup', groupId: leader.groupId })).orderId });
    }
    for (const m of members) expect((await notify(m.orderId, m.openid)).statusCode).toBe(200);
    expect((await readGroup(leader.groupId)).paidCount).toBe(1);

    // A fake clock: each notice sent takes a second, so a drain of 22 s (2 s kept in reserve) sends 20.
    const sentHere = () => noticesOf(leader.groupId).length;
    const perDrain: number[] = [];
    for (let round = 0; round < 5; round++) {
      const before = sentHere();
      const run = await drain(budgetOf(22_000, () => sentHere() * 1000));
      expect(run.ok).toBe(true);
      perDrain.push(sentHere() - before);
    }
    expect(perDrain).toEqual([20, 20, 10, 0, 0]);
    const sent = noticesOf(leader.groupId);
    expect(sent.every((n) => n.kind === 'group_succeeded')).toBe(true);
    expect(new Set(sent.map((n) => n.openid)).size).toBe(50);
    const stored = (await cloud.db.collection('notices').where({ ref: leader.groupId }).limit(100).get()).data as NoticeDoc[];
    expect(stored).toHaveLength(50);
    expect(stored.every((n) => n.state === 'sent')).toBe(true);
  }, 120_000);
});

describe('the notices outbox', () => {
  const notices = (ref: string, count: number): Notice[] =>
    Array.from({ length: count }, (_, i) => ({ kind: 'group_failed', openid: `${ref}-${i}`, page: `pages/group/index?id=${ref}`, title: '测试', amountFen: 100, note: '未成团', at: now() }));

  it('records each recipient once, however often it is recorded', async () => {
    expect(await recordNotices(cloud.db, 'rec', notices('rec', 12), now())).toBe(12);
    expect(await recordNotices(cloud.db, 'rec', notices('rec', 12), now())).toBe(0);
    await sendDueNotices(cloud.db, now(), undefined, { ref: 'rec' });
    expect(await recordNotices(cloud.db, 'rec', notices('rec', 12), now())).toBe(0);
    expect(outbox.sent.filter((n) => n.openid.startsWith('rec-'))).toHaveLength(12);
  });

  it('a drain that dies mid-batch loses nothing: its claim expires and the next drain sends the rest, none twice', async () => {
    await recordNotices(cloud.db, 'crash', notices('crash', 25), now());
    const delivered: string[] = [];
    let calls = 0;
    const dying: Notifier = {
      name: 'outbox',
      // The third batch never finishes: the function was killed while sending it.
      send: (n) => (++calls > 2 * NOTICE_BATCH ? new Promise<void>(() => undefined) : (delivered.push(n.openid), Promise.resolve())),
    };
    void sendDueNotices(cloud.db, now(), undefined, { ref: 'crash', notifier: dying });
    for (let i = 0; i < 200 && calls < 25; i++) await new Promise((r) => setTimeout(r, 20));
    expect(delivered).toHaveLength(20);
    const healthy: Notifier = { name: 'outbox', send: async (n) => void delivered.push(n.openid) };
    // Before the lease ends the claimed batch is left alone (the dying drain might still finish it).
    await sendDueNotices(cloud.db, now(), undefined, { ref: 'crash', notifier: healthy });
    expect(delivered).toHaveLength(20);
    cloud.clock.advance(NOTICE_LEASE_MS + 1000);
    await Promise.all([
      sendDueNotices(cloud.db, now(), undefined, { ref: 'crash', notifier: healthy }),
      sendDueNotices(cloud.db, now(), undefined, { ref: 'crash', notifier: healthy }),
    ]);
    expect(delivered).toHaveLength(25);
    expect(new Set(delivered).size).toBe(25);
  });

  it('a failing send is tried again by a later drain, then given up after its attempts', async () => {
    await recordNotices(cloud.db, 'fail', notices('fail', 1), now());
    const failing: Notifier = { name: 'outbox', send: async () => Promise.reject(new Error('errcode 45009')) };
    for (let i = 0; i < 3; i++) expect((await sendDueNotices(cloud.db, now(), undefined, { ref: 'fail', notifier: failing })).noticesFailed).toBe(1);
    expect((await sendDueNotices(cloud.db, now(), undefined, { ref: 'fail', notifier: failing })).noticesFailed).toBe(0);
    const [doc] = (await cloud.db.collection('notices').where({ ref: 'fail' }).get()).data as NoticeDoc[];
    expect(doc).toMatchObject({ state: 'failed', attempts: 3, lastError: 'errcode 45009' });
  });
});
