import fs from 'fs';
import path from 'path';
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { gb, makeDeal, pay, runTimer } from '../helpers/groupbuy';
import { adminCall, assertLedgerInvariants, dist, makeDistributor, reconcile } from '../helpers/distribution';
import { receiveOrders } from '../helpers/fulfilment';

const DAY = 86_400_000;
let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

/** `openid` becomes a distributor with `amountFen` settled and available. */
async function earn(openid: string, amountFen: number) {
  const code = await makeDistributor(cloud, openid);
  const dealId = await makeDeal(cloud, { groupSize: 2, groupPriceFen: amountFen * 10, commissionBps: 1000 });
  await dist(cloud, `${openid}-buyer`, { action: 'bind', code });
  const started = await gb(cloud, `${openid}-buyer`, { action: 'startGroup', dealId });
  await pay(cloud, started.orderId);
  const joined = await gb(cloud, `${openid}-friend`, { action: 'joinGroup', groupId: started.groupId });
  await pay(cloud, joined.orderId);
  await receiveOrders(cloud, [started.orderId, joined.orderId]);
  cloud.clock.advance(8 * DAY);
  await runTimer(cloud, 'settleCommissions');
  expect((await dist(cloud, openid, { action: 'summary' })).availableFen).toBe(amountFen);
}

const wallet = async (openid: string) => (await cloud.db.collection('wallets').doc(openid).get()).data[0];

describe('ledger reconciliation', () => {
  it('reports a tampered wallet to the admin and leaves it as it found it', async () => {
    await earn('recon-honest', 500);
    await earn('recon-tampered', 800);
    await dist(cloud, 'recon-tampered', { action: 'withdraw', amountFen: 300 });
    expect(await reconcile(cloud)).toMatchObject({ wallets: 2, differences: 0 });

    await cloud.db.collection('wallets').doc('recon-tampered').update({ availableFen: 9_999 });
    const tampered = await wallet('recon-tampered');
    expect(await reconcile(cloud)).toMatchObject({ wallets: 2, differences: 1 });
    expect(await wallet('recon-tampered')).toEqual(tampered);

    const { items } = await adminCall(cloud, { action: 'reconciliations' });
    expect(items[0]).toMatchObject({
      wallets: 2,
      differenceCount: 1,
      differences: [{ openid: 'recon-tampered', cachedAvailableFen: 9_999, entriesFen: 500, cachedWithdrawnFen: 0, paidOutFen: 0 }],
    });
    expect(items[1]).toMatchObject({ differenceCount: 0, differences: [] });
    expect(await cloud.call('admin', { action: 'reconciliations' }, 'recon-honest')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await cloud.db.collection('wallets').doc('recon-tampered').update({ availableFen: 500 });
  });

  it('reports a wallet that is missing while its entries say it holds money', async () => {
    await earn('recon-vanished', 400);
    await cloud.db.collection('wallets').doc('recon-vanished').remove();
    expect(await reconcile(cloud)).toMatchObject({ differences: 1 });
    const { items } = await adminCall(cloud, { action: 'reconciliations' });
    expect(items[0].differences).toEqual([{ openid: 'recon-vanished', cachedAvailableFen: null, entriesFen: 400, cachedWithdrawnFen: null, paidOutFen: 0 }]);
    expect(await wallet('recon-vanished')).toBeUndefined();
  });

  it('never reports a difference for money moving while it runs', async () => {
    await cloud.db.collection('wallets').add({ _id: 'recon-vanished', availableFen: 400, withdrawnFen: 0, revision: 1, updatedAt: new Date() });
    await earn('recon-busy', 5_000);
    const moves = Array.from({ length: 12 }, (_, i) =>
      cloud.call('distribution', { action: 'withdraw', amountFen: 100 + i }, 'recon-busy').then(async (res) => {
        if (res.ok && i % 2) await adminCall(cloud, { action: 'reviewWithdrawal', withdrawalId: res.data.withdrawalId, approve: i % 4 === 1 });
      }),
    );
    const runs = Array.from({ length: 6 }, () => reconcile(cloud));
    const results = await Promise.all([...runs, ...moves]);
    expect(results.slice(0, runs.length).map((r) => (r as { differences: number }).differences)).toEqual(runs.map(() => 0));
    await assertLedgerInvariants(cloud, 'recon-busy');
    expect(await reconcile(cloud)).toMatchObject({ differences: 0 });
  });

  it('has one way to write money: only the ledger module writes entries and wallets', () => {
    const root = path.join(__dirname, '../../cloudfunctions');
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
    const writes = /collection\('(wallets|ledger)'\)[^;]*\.(add|update|set|remove)\(/;
    const writers = files(root).filter((f) => writes.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(root, f));
    expect(writers).toEqual(['shared/ledger.ts']);
  });
});
