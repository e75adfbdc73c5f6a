/**
 * transferNotify against an independent implementation of WeChat Pay's side (issue 16 item
 * 12): 商家转账回调通知 built with wechatpay-axios-plugin (Rsa.sign, Aes.AesGcm, Formatter),
 * not with the project's own signing code, are accepted; tampered, stale or foreign ones are not.
 */
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { adminCall, assertLedgerInvariants, dist, makeDistributor } from '../helpers/distribution';
import { independentNotification, makeMerchant, merchantEnv, rsaPair } from '../helpers/wechatpay-independent';
import { invocationContext } from '../../emulator/functions-host';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { inTransaction } from '../../cloudfunctions/shared/runtime/transaction';
import { appendEntry } from '../../cloudfunctions/shared/ledger';
import { payoutSandbox, resetPayoutProvider } from '../../cloudfunctions/shared/providers/payout';
import type { WithdrawalDoc } from '../../cloudfunctions/distribution/flows/withdrawals';

const m = makeMerchant();
const OPENID = 'ind-leader';
let cloud: TestCloud;
let withdrawalId: string;
const saved = { ...process.env };

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  // A withdrawal waiting for 确认收款, made through the sandbox …
  await makeDistributor(cloud, OPENID);
  await inTransaction(cloud.db, (tx) => appendEntry(tx, { account: OPENID, type: 'commission', amountFen: 1000, ref: 'seed-ind', createdAt: now() }, now()));
  withdrawalId = (await dist(cloud, OPENID, { action: 'withdraw', amountFen: 800 })).withdrawalId;
  payoutSandbox.requireConfirmation(true);
  await adminCall(cloud, { action: 'reviewWithdrawal', withdrawalId, approve: true });
  // … then this process speaks to "WeChat" (the independent side) for payouts.
  Object.assign(process.env, merchantEnv(m), { GONGYING_PAYOUT: 'wechat', WX_TRANSFER_SCENE_ID: '1005' });
  resetPayoutProvider();
});
afterAll(async () => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  resetPayoutProvider();
  payoutSandbox.reset();
  await cloud.stop();
});

const bill = (over: Record<string, unknown> = {}) => ({
  mch_id: m.mchid,
  out_bill_no: withdrawalId,
  transfer_bill_no: '1330000071100999991182020050700019480001',
  state: 'SUCCESS',
  transfer_amount: 800,
  openid: OPENID,
  create_time: '2025-06-01T16:00:00+08:00',
  update_time: '2025-06-01T16:00:05+08:00',
  ...over,
});
const notify = (http: { headers: Record<string, string>; body: string }) =>
  cloud.functions.get('transferNotify')!(
    { httpMethod: 'POST', headers: http.headers, body: http.body, isBase64Encoded: false },
    invocationContext('transferNotify', { source: 'http' }),
  ) as Promise<{ statusCode: number; body: string }>;
const finished = (resource: object, options = {}) => independentNotification(m, 'MCHTRANSFER.BILL.FINISHED', 'mch_payment', resource, now(), options);
const status = async () => ((await cloud.db.collection('withdrawals').doc(withdrawalId).get()).data[0] as WithdrawalDoc).status;

describe('transferNotify with notifications built by wechatpay-axios-plugin', () => {
  it.each([
    ['a body changed after signing', () => {
      const n = finished(bill());
      return { ...n, body: n.body.replace('"summary":"MCHTRANSFER.BILL.FINISHED"', '"summary":"x"') };
    }, /signature does not verify/],
    ['a signature by another key', () => finished(bill(), { signer: rsaPair().privateKey }), /signature does not verify/],
    ['an unknown Wechatpay-Serial', () => finished(bill(), { serial: 'PUB_KEY_ID_0000' }), /unknown Wechatpay-Serial/],
    ['a stale timestamp (10 minutes old)', () => finished(bill(), { timestamp: Math.floor(now().getTime() / 1000) - 600 }), /stale/],
    ['a resource encrypted with another APIv3 key', () => finished(bill(), { apiV3Key: 'x'.repeat(32) }), /decrypt/],
    ['another merchant’s bill', () => finished(bill({ mch_id: '1900000002' })), /another merchant/],
    ['a payment notification', () => independentNotification(m, 'TRANSACTION.SUCCESS', 'transaction', bill(), now()), /not a transfer/],
    ['another amount than the withdrawal', () => finished(bill({ transfer_amount: 801 })), /mismatch/],
  ])('refuses %s, changing nothing', async (_name, build, message) => {
    const reply = await notify(build());
    expect(reply.statusCode).toBe(400);
    expect(JSON.parse(reply.body).message).toMatch(message);
    expect(await status()).toBe('awaiting_confirmation');
  });

  it('accepts the genuine MCHTRANSFER.BILL.FINISHED: the withdrawal is paid, once', async () => {
    const genuine = finished(bill());
    expect(await notify(genuine)).toMatchObject({ statusCode: 200, body: JSON.stringify({ code: 'SUCCESS' }) });
    expect(await status()).toBe('succeeded');
    expect(await notify(finished(bill()))).toMatchObject({ statusCode: 200 });
    expect(await dist(cloud, OPENID, { action: 'summary' })).toMatchObject({ availableFen: 200, withdrawnFen: 800 });
    await assertLedgerInvariants(cloud, OPENID);
  });
});
