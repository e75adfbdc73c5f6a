import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { adminCall, assertLedgerInvariants, dist, reconcile } from '../helpers/distribution';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { inTransaction } from '../../cloudfunctions/shared/runtime/transaction';
import { idForRequest } from '../../cloudfunctions/shared/runtime/ids';
import { appendEntry, postEntry, WalletDoc } from '../../cloudfunctions/shared/ledger';

/**
 * Withdrawals without a transaction (distribution/flows/withdrawal-request.ts): the entry
 * `withdrawal:<id>` posted on the wallet by atomic increments, then the withdrawal.
 */
const DAY = 86_400_000;
let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

let credits = 0;
async function credit(openid: string, fen: number) {
  await inTransaction(cloud.db, (tx) => appendEntry(tx, { account: openid, type: 'commission', amountFen: fen, ref: `credit-${openid}-${credits++}`, createdAt: now() }, now()));
}
const withdraw = (openid: string, amountFen: number, requestId?: string) => cloud.call('distribution', { action: 'withdraw', amountFen, ...(requestId ? { requestId } : {}) }, openid);
const wallet = async (openid: string) => (await cloud.db.collection('wallets').doc(openid).get()).data[0] as WalletDoc;
const count = async (collection: string, where: object) => (await cloud.db.collection(collection).where(where).count()).total as number;
const codes = (results: { ok: boolean; error?: { code: string } }[]) => results.filter((r) => !r.ok).map((r) => r.error!.code);

describe('a withdrawal request', () => {
  it('never overdraws: twenty at once against a balance for six → six, the rest INSUFFICIENT_BALANCE', async () => {
    await credit('wp-race', 1000);
    const results = await Promise.all(Array.from({ length: 20 }, () => withdraw('wp-race', 150)));
    expect(results.filter((r) => r.ok)).toHaveLength(6);
    expect(codes(results)).toEqual(Array(14).fill('INSUFFICIENT_BALANCE'));
    expect((await assertLedgerInvariants(cloud, 'wp-race')).availableFen).toBe(100);
    expect(await count('withdrawals', { openid: 'wp-race' })).toBe(6);
  });

  it('never takes more than the day’s places: twelve at once on a fresh day → seven; the next day opens seven more', async () => {
    await credit('wp-day', 100_000);
    const first = await Promise.all(Array.from({ length: 12 }, () => withdraw('wp-day', 100)));
    expect(first.filter((r) => r.ok)).toHaveLength(7);
    expect(codes(first)).toEqual(Array(5).fill('LIMIT_EXCEEDED'));
    expect(await wallet('wp-day')).toMatchObject({ withdrawalsLeft: 0 });
    cloud.clock.advance(DAY);
    const next = await Promise.all(Array.from({ length: 12 }, () => withdraw('wp-day', 100)));
    expect(next.filter((r) => r.ok)).toHaveLength(7);
    expect((await assertLedgerInvariants(cloud, 'wp-day')).availableFen).toBe(100_000 - 14 * 100);
    expect(await count('withdrawals', { openid: 'wp-day' })).toBe(14);
  });

  it('a retried request (same requestId) withdraws once, however often and however at once it is sent', async () => {
    await credit('wp-retry', 1000);
    const results = await Promise.all(Array.from({ length: 10 }, () => withdraw('wp-retry', 300, 'tap-1')));
    const later = await withdraw('wp-retry', 300, 'tap-1');
    const ids = new Set([...results, later].map((r) => r.ok && r.data.withdrawalId));
    expect([...ids]).toEqual([idForRequest('wp-retry', 'tap-1:300')]);
    expect((await assertLedgerInvariants(cloud, 'wp-retry')).availableFen).toBe(700);
    expect(await count('withdrawals', { openid: 'wp-retry' })).toBe(1);
    expect(await wallet('wp-retry')).toMatchObject({ withdrawalsLeft: 6 });
    // Another tap is another withdrawal.
    expect(await withdraw('wp-retry', 300, 'tap-2')).toMatchObject({ ok: true });
    expect((await wallet('wp-retry')).availableFen).toBe(400);
  });

  it('the same requestId with two amounts at once (a client’s bug) is two withdrawals, each moving the wallet by its own amount', async () => {
    await credit('wp-twin', 1000);
    await Promise.all(Array.from({ length: 6 }, (_, i) => withdraw('wp-twin', i % 2 ? 300 : 200, 'tap')));
    expect((await assertLedgerInvariants(cloud, 'wp-twin')).availableFen).toBe(500);
  });

  it('a refusal writes nothing: too small, more than the balance, past the day’s places', async () => {
    await credit('wp-refuse', 800);
    for (let i = 0; i < 7; i++) expect(await withdraw('wp-refuse', 100)).toMatchObject({ ok: true });
    const before = { wallet: await wallet('wp-refuse'), ledger: await count('ledger', { account: 'wp-refuse' }), withdrawals: await count('withdrawals', { openid: 'wp-refuse' }) };
    expect(codes([await withdraw('wp-refuse', 99)])).toEqual(['INVALID_ARGUMENT']);
    expect(codes([await withdraw('wp-refuse', 101)])).toEqual(['INSUFFICIENT_BALANCE']);
    expect(codes([await withdraw('wp-refuse', 100)])).toEqual(['LIMIT_EXCEEDED']);
    expect(codes([await withdraw('wp-nobody', 100)])).toEqual(['INSUFFICIENT_BALANCE']);
    const after = { wallet: await wallet('wp-refuse'), ledger: await count('ledger', { account: 'wp-refuse' }), withdrawals: await count('withdrawals', { openid: 'wp-refuse' }) };
    expect(after).toEqual(before);
    expect(await count('wallets', { _id: 'wp-nobody' })).toBe(0);
  });

  it('one that died after posting is finished by its retry; one never retried, by the daily job', async () => {
    await credit('wp-crash', 1000);
    const posted = (requestId: string, fen: number) =>
      postEntry(cloud.db, { account: 'wp-crash', type: 'withdrawal', amountFen: -fen, ref: idForRequest('wp-crash', `${requestId}:${fen}`), createdAt: now() }, now());
    expect(await posted('retried', 200)).toBe('posted');
    expect(await withdraw('wp-crash', 200, 'retried')).toMatchObject({ ok: true, data: { withdrawalId: idForRequest('wp-crash', 'retried:200'), status: 'pending_review' } });
    expect((await wallet('wp-crash')).availableFen).toBe(800);

    expect(await posted('abandoned', 300)).toBe('posted');
    cloud.clock.advance(3_600_000);
    expect(await reconcile(cloud)).toMatchObject({ withdrawalsRepaired: 1, differences: 0 });
    const repaired = (await cloud.db.collection('withdrawals').doc(idForRequest('wp-crash', 'abandoned:300')).get()).data[0];
    expect(repaired).toMatchObject({ openid: 'wp-crash', amountFen: 300, status: 'pending_review' });
    expect((await assertLedgerInvariants(cloud, 'wp-crash')).availableFen).toBe(500);
  });
});

describe('the ledger’s two ways in', () => {
  it('compose: credits and returns in transactions, withdrawals by increments, all at once → balance = entries, reconciliation clean', async () => {
    await credit('wp-mix', 3000);
    const pending = [];
    for (let i = 0; i < 4; i++) pending.push((await dist(cloud, 'wp-mix', { action: 'withdraw', amountFen: 200 })).withdrawalId);
    await Promise.all([
      ...pending.map((withdrawalId) => adminCall(cloud, { action: 'reviewWithdrawal', withdrawalId, approve: false, note: '测试退回' })),
      ...Array.from({ length: 3 }, () => withdraw('wp-mix', 250)),
      ...Array.from({ length: 4 }, () => credit('wp-mix', 50)),
    ]);
    const w = await wallet('wp-mix');
    expect(w.availableFen).toBe(3000 + 4 * 50 - 3 * 250);
    expect(w.withdrawalsLeft).toBe(0);
    await assertLedgerInvariants(cloud, 'wp-mix');
    expect(await reconcile(cloud)).toMatchObject({ differences: 0 });
  });

  it('the reconciliation leaves out a posting whose move has not reached the wallet yet', async () => {
    await credit('wp-flight', 500);
    const { revision } = await wallet('wp-flight');
    await cloud.db.collection('ledger').add({
      _id: 'withdrawal:in-flight', account: 'wp-flight', type: 'withdrawal', amountFen: -100, ref: 'in-flight', createdAt: now(),
      posted: { collection: 'wallets', id: 'wp-flight', incs: { availableFen: -100, revision: 1 }, floor: ['availableFen'] },
    });
    expect(await reconcile(cloud)).toMatchObject({ differences: 0 });
    expect(await wallet('wp-flight')).toMatchObject({ availableFen: 500, revision });
  });
});
