import fs from 'fs';
import path from 'path';
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { dealDraft, gb, makeDeal, MINUTE, pay, runTimer } from '../helpers/groupbuy';
import { launch, makeProject } from '../helpers/cocreation';
import { logTransactionWrites, TxWriteLog } from '../../emulator/db/tx-write-log';
import { sandboxControl } from '../../cloudfunctions/shared/providers/payment';
import { now } from '../../cloudfunctions/shared/runtime/clock';

/**
 * Hot documents (a deal, its stock shards, a group) move only by conditional atomic
 * updates: on CloudBase a transaction locks what it writes, so a deal written inside
 * one serialises every buyer of that deal.
 */
const HOT = ['deals', 'groups', 'stockShards'];

let cloud: TestCloud;
let log: TxWriteLog;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  log = logTransactionWrites(cloud.store);
});
afterAll(async () => {
  log.stop();
  await cloud.stop();
});
beforeEach(() => {
  sandboxControl.reset();
  log.clear();
});

const admin = async (data: Record<string, unknown>) => {
  const res = await cloud.call('admin', data, 'demo-admin');
  if (!res.ok) throw new Error(`${String(data.action)}: ${res.error.code} ${res.error.message}`);
  return res.data;
};
const hotWrites = () => Object.fromEntries(HOT.filter((c) => log.byCollection[c]).map((c) => [c, log.byCollection[c]]));

describe('no transaction writes a hot document', () => {
  it('holds through the whole life of group buys: start, join, pay, cancel, release, expire, refund', async () => {
    const dealId = await makeDeal(cloud, { groupSize: 2, timeLimitMinutes: 30, stockInitial: 50 });
    // A group that fills: start, pay, join, pay.
    const a = await gb(cloud, 'hot-a', { action: 'startGroup', dealId });
    await pay(cloud, a.orderId);
    const b = await gb(cloud, 'hot-b', { action: 'joinGroup', groupId: a.groupId });
    await pay(cloud, b.orderId);
    // A solo order, paid, then refunded by the brand.
    const solo = await gb(cloud, 'hot-c', { action: 'buySolo', dealId, quantity: 2 });
    await pay(cloud, solo.orderId);
    await admin({ action: 'refundOrder', orderId: solo.orderId, reason: '顾客不要了' });
    // A join cancelled by its buyer, one left unpaid for the release timer, a group left to expire.
    const d = await gb(cloud, 'hot-d', { action: 'startGroup', dealId });
    await pay(cloud, d.orderId);
    const e = await gb(cloud, 'hot-e', { action: 'joinGroup', groupId: d.groupId });
    await gb(cloud, 'hot-e', { action: 'cancelOrder', orderId: e.orderId });
    await gb(cloud, 'hot-f', { action: 'joinGroup', groupId: d.groupId });
    await gb(cloud, 'hot-g', { action: 'startGroup', dealId });
    cloud.clock.advance(16 * MINUTE);
    await runTimer(cloud, 'releaseReservations');
    cloud.clock.advance(20 * MINUTE);
    await runTimer(cloud, 'expireGroups');
    await runTimer(cloud, 'retryRefunds');
    await runTimer(cloud, 'releaseReservations');

    expect(hotWrites()).toEqual({});
    // The log does see transactions: the buyers' own documents are written in them.
    expect(log.byCollection.orders).toBeGreaterThan(0);
  });

  it('holds for the brand: deal edits, status, co-creation launch and a pre-sale closing', async () => {
    const created = await admin({ action: 'saveDeal', draft: draft() });
    const dealId = created.deal.dealId;
    await admin({ action: 'setDealStatus', dealId, status: 'active' });
    await admin({ action: 'saveDeal', dealId, draft: { ...draft(), stock: 30, groupPriceFen: 1890 } });

    const projectId = await makeProject(cloud, { coCreators: ['hot-co'] });
    const endsAt = new Date(now().getTime() + 10 * MINUTE).toISOString();
    expect((await launch(cloud, { projectId, dealId, presale: { endsAt, minQuantity: 5 } })).ok).toBe(true);
    const booked = await gb(cloud, 'hot-h', { action: 'buySolo', dealId, quantity: 1 });
    await pay(cloud, booked.orderId);
    cloud.clock.advance(11 * MINUTE);
    await runTimer(cloud, 'cocreationTick');
    await runTimer(cloud, 'retryRefunds');

    expect(hotWrites()).toEqual({});
  });
});

const draft = () => dealDraft({ title: '热门能量碗', subtitle: '测试', stock: 20 });

/** The second guard, for paths no test above drives: no function names a hot collection inside a transaction. */
describe('the function sources', () => {
  const root = path.join(__dirname, '../../cloudfunctions');
  const sources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(full);
      return e.name.endsWith('.ts') ? [full] : [];
    });
  const hot = HOT.join('|');
  const patterns = [
    new RegExp(`\\btx\\.collection\\(\\s*['"\`](${hot})['"\`]`),
    new RegExp(`\\btx(Get|Set|Update)\\w*(<[^>]*>)?\\(\\s*tx\\s*,\\s*['"\`](${hot})['"\`]`),
  ];

  it('never write deals, stock shards or groups through a transaction handle', () => {
    const offending = sources(root).flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${path.relative(root, file)}:${i + 1}` }))
        .filter(({ line }) => patterns.some((p) => p.test(line)))
        .map(({ at, line }) => `${at}  ${line.trim()}`),
    );
    expect(offending).toEqual([]);
  });
});
