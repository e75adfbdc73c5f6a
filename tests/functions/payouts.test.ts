import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { runTimer } from '../helpers/groupbuy';
import { adminCall, assertLedgerInvariants, dist, makeDistributor } from '../helpers/distribution';
import { invocationContext } from '../../emulator/functions-host';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { inTransaction } from '../../cloudfunctions/shared/runtime/transaction';
import { appendEntry, LedgerEntry } from '../../cloudfunctions/shared/ledger';
import { payoutProvider, payoutSandbox, SandboxPayout } from '../../cloudfunctions/shared/providers/payout';
import { signSandboxTransferNotice } from '../../cloudfunctions/shared/providers/payout/sandbox-notification';
import { outbox } from '../../cloudfunctions/shared/providers/notifier';
import type { WithdrawalDoc } from '../../cloudfunctions/distribution/flows/withdrawals';

const HOUR = 3_600_000;
let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

const platform = () => invocationContext('transferNotify', { source: 'http' });
const transferNotify = (http: { headers: Record<string, string | undefined>; body: string }, context: unknown = platform()) =>
  cloud.functions.get('transferNotify')!({ httpMethod: 'POST', headers: http.headers, body: http.body, isBase64Encoded: false }, context) as Promise<{
    statusCode: number;
    body: string;
  }>;
const sandbox = () => payoutProvider() as SandboxPayout;
const readWithdrawal = async (id: string) => (await cloud.db.collection('withdrawals').doc(id).get()).data[0] as WithdrawalDoc;
const ledgerOf = async (account: string) => (await cloud.db.collection('ledger').where({ account }).limit(100).get()).data as LedgerEntry[];
const settle = async (body: Record<string, string>) => (await (await cloud.post('/dev/payout', body)).json()).data;

/** A distributor with `fen` available (credited through the ledger, as a settled commission would be). */
async function distributorWith(openid: string, fen: number) {
  await makeDistributor(cloud, openid);
  await inTransaction(cloud.db, (tx) => appendEntry(tx, { account: openid, type: 'commission', amountFen: fen, ref: `seed-${openid}`, createdAt: now() }, now()));
}

/** A withdrawal of `fen`, approved; the sandbox holds its transfer for the member's 确认收款. */
async function waitingWithdrawal(openid: string, fen: number, balance = 1000): Promise<string> {
  await distributorWith(openid, balance);
  const { withdrawalId } = await dist(cloud, openid, { action: 'withdraw', amountFen: fen });
  payoutSandbox.requireConfirmation(true);
  const approved = await adminCall(cloud, { action: 'reviewWithdrawal', withdrawalId, approve: true });
  expect(approved.withdrawal.status).toBe('awaiting_confirmation');
  return withdrawalId;
}

describe('a transfer waiting for the member (WAIT_USER_CONFIRM)', () => {
  beforeEach(() => {
    payoutSandbox.reset();
    outbox.reset();
  });

  it('shows 待确认收款 with its deadline, then 确认收款 → transferNotify → paid, once', async () => {
    const approvedAt = now().getTime();
    const id = await waitingWithdrawal('po-confirm', 600);

    const mine = (await dist(cloud, 'po-confirm', { action: 'withdrawals' })).items[0];
    expect(mine).toMatchObject({ withdrawalId: id, status: 'awaiting_confirmation', packageInfo: expect.stringMatching(/^sandbox-package-/) });
    expect(Date.parse(mine.confirmBy) - approvedAt).toBeGreaterThanOrEqual(24 * HOUR);
    expect(Date.parse(mine.confirmBy) - approvedAt).toBeLessThan(24 * HOUR + 60_000);
    const summary = await dist(cloud, 'po-confirm', { action: 'summary' });
    expect(summary).toMatchObject({ availableFen: 400, withdrawnFen: 0, awaitingConfirmation: [{ withdrawalId: id, amountFen: 600 }] });

    const settled = await settle({ confirm: id });
    expect(settled.notified).toEqual({ statusCode: 200, body: { code: 'SUCCESS' } });
    expect(await readWithdrawal(id)).toMatchObject({ status: 'succeeded', packageInfo: null, remindAt: null });
    expect(await dist(cloud, 'po-confirm', { action: 'summary' })).toMatchObject({ availableFen: 400, withdrawnFen: 600, awaitingConfirmation: [] });

    // WeChat resends until answered: the same notification again changes nothing.
    const again = await transferNotify(sandbox().signNotification(id)!);
    expect(again.statusCode).toBe(200);
    await runTimer(cloud, 'processPayouts');
    expect(await dist(cloud, 'po-confirm', { action: 'summary' })).toMatchObject({ availableFen: 400, withdrawnFen: 600 });
    expect((await ledgerOf('po-confirm')).map((e) => e.type).sort()).toEqual(['commission', 'withdrawal']);
    await assertLedgerInvariants(cloud, 'po-confirm');
  });

  it('unconfirmed for 24 h: the timer finds the bill CANCELLED and the money comes back exactly once', async () => {
    const id = await waitingWithdrawal('po-expire', 700);
    expect((await dist(cloud, 'po-expire', { action: 'summary' })).availableFen).toBe(300);

    cloud.clock.advance(23 * HOUR);
    await runTimer(cloud, 'processPayouts');
    expect((await readWithdrawal(id)).status).toBe('awaiting_confirmation');

    cloud.clock.advance(HOUR + 2 * 60_000);
    // The timer's query and WeChat's notification of the same cancellation, at once.
    const [timer, notified] = await Promise.all([runTimer(cloud, 'processPayouts'), settle({ expire: id })]);
    expect(timer.ok).toBe(true);
    expect(notified.notified.statusCode).toBe(200);
    await runTimer(cloud, 'processPayouts');

    const w = await readWithdrawal(id);
    expect(w).toMatchObject({ status: 'cancelled', packageInfo: null, remindAt: null });
    expect((await dist(cloud, 'po-expire', { action: 'withdrawals' })).items[0]).toMatchObject({ status: 'cancelled', confirmBy: '' });
    expect(await dist(cloud, 'po-expire', { action: 'summary' })).toMatchObject({ availableFen: 1000, withdrawnFen: 0, awaitingConfirmation: [] });
    expect((await ledgerOf('po-expire')).filter((e) => e.type === 'withdrawal_return')).toHaveLength(1);
    await assertLedgerInvariants(cloud, 'po-expire');
  });

  it('reminds the member once, 20 h in (4 h before it closes), and never after it is confirmed', async () => {
    const id = await waitingWithdrawal('po-remind', 500);
    const reminders = () => outbox.sent.filter((n) => n.kind === 'transfer_confirm' && n.openid === 'po-remind');

    cloud.clock.advance(19 * HOUR);
    await runTimer(cloud, 'processPayouts');
    expect(reminders()).toHaveLength(0);

    cloud.clock.advance(HOUR + 60_000);
    const runs = await Promise.all([runTimer(cloud, 'processPayouts'), runTimer(cloud, 'processPayouts')]);
    expect(runs.every((r) => r.ok)).toBe(true);
    await runTimer(cloud, 'processPayouts');
    const w = await readWithdrawal(id);
    expect(reminders()).toEqual([
      expect.objectContaining({ page: 'leader/pages/centre/index?tab=withdrawals', amountFen: 500, at: new Date(w.confirmBy!) }),
    ]);
    expect(w).toMatchObject({ status: 'awaiting_confirmation', remindAt: null, remindedAt: expect.any(Date) });

    await settle({ confirm: id });
    cloud.clock.advance(2 * HOUR);
    await runTimer(cloud, 'processPayouts');
    expect(reminders()).toHaveLength(1);
    expect((await readWithdrawal(id)).status).toBe('succeeded');
  });
});

describe('transferNotify refuses anything that is not the platform’s genuine notification', () => {
  let id: string;
  beforeAll(async () => {
    payoutSandbox.reset();
    id = await waitingWithdrawal('po-forged', 300);
    payoutSandbox.confirm(id);
  });

  async function expectUnchanged() {
    expect(await readWithdrawal(id)).toMatchObject({ status: 'awaiting_confirmation' });
    expect(await dist(cloud, 'po-forged', { action: 'summary' })).toMatchObject({ availableFen: 700, withdrawnFen: 0 });
  }

  it('a tampered body, a forged signature, no signature', async () => {
    const good = sandbox().signNotification(id)!;
    const tampered = { ...good, body: good.body.replace('"SUCCESS"', '"CANCELLED"') };
    expect(tampered.body).not.toBe(good.body);
    expect((await transferNotify(tampered)).statusCode).toBe(400);
    expect((await transferNotify({ ...good, headers: { ...good.headers, 'x-sandbox-signature': 'ab'.repeat(32) } })).statusCode).toBe(400);
    expect((await transferNotify({ headers: {}, body: good.body })).statusCode).toBe(400);
    await expectUnchanged();
  });

  it('a stale one (replayed more than 5 minutes later)', async () => {
    const old = sandbox().signNotification(id)!;
    cloud.clock.advance(6 * 60_000);
    const reply = await transferNotify(old);
    expect(reply.statusCode).toBe(400);
    expect(JSON.parse(reply.body).message).toMatch(/stale/);
    await expectUnchanged();
  });

  it('a genuine signature over another member or amount than the withdrawal, or an unknown bill', async () => {
    const notice = payoutSandbox.finalNotice(id)!;
    for (const wrong of [{ amountFen: 299 }, { openid: 'someone-else' }, { outBillNo: 'f'.repeat(32) }]) {
      const reply = await transferNotify(signSandboxTransferNotice({ ...notice, ...wrong }, now().getTime()));
      expect(reply.statusCode).toBe(400);
    }
    await expectUnchanged();
  });

  it('a mini-program caller, or not an HTTP POST', async () => {
    const good = sandbox().signNotification(id)!;
    expect((await transferNotify(good, invocationContext('transferNotify', { openid: 'po-forged', source: 'wx_client' }))).statusCode).toBe(403);
    const viaClient = await cloud.post('/cloud/transferNotify', { httpMethod: 'POST', headers: good.headers, body: good.body }, { 'x-wx-openid': 'po-forged' });
    expect((await viaClient.json()).statusCode).toBe(403);
    const get = (await cloud.functions.get('transferNotify')!({ httpMethod: 'GET', body: '' }, platform())) as { statusCode: number };
    expect(get.statusCode).toBe(400);
    await expectUnchanged();
  });

  it('and accepts the genuine one', async () => {
    expect((await transferNotify(sandbox().signNotification(id)!)).statusCode).toBe(200);
    expect(await dist(cloud, 'po-forged', { action: 'summary' })).toMatchObject({ availableFen: 700, withdrawnFen: 300 });
    await assertLedgerInvariants(cloud, 'po-forged');
  });
});
