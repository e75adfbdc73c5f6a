import type { TestCloud } from './test-cloud';
import type { LedgerEntry, WalletDoc } from '../../cloudfunctions/shared/ledger';

/** Calls distribution as `openid`; fails the test on an error envelope. */
export async function dist<T = any>(cloud: TestCloud, openid: string, data: Record<string, unknown>): Promise<T> {
  const res = await cloud.call('distribution', data, openid);
  if (!res.ok) throw new Error(`${String(data.action)} as ${openid}: ${res.error.code} ${res.error.message}`);
  return res.data as T;
}

export async function adminCall<T = any>(cloud: TestCloud, data: Record<string, unknown>): Promise<T> {
  const res = await cloud.call('admin', data, 'demo-admin');
  if (!res.ok) throw new Error(`admin.${String(data.action)}: ${res.error.code} ${res.error.message}`);
  return res.data as T;
}

/** Makes `openid` an active distributor through the real application flow and returns their code. */
export async function makeDistributor(cloud: TestCloud, openid: string): Promise<string> {
  await dist(cloud, openid, { action: 'apply', realName: '测试团长', reason: '我有三个社区团购群' });
  await adminCall(cloud, { action: 'reviewDistributorApplication', openid, approve: true });
  return (await dist(cloud, openid, { action: 'myCode' })).code;
}

/**
 * The ledger's invariants for one account: the cached balance equals the sum of
 * its entries, and no order has more than one commission entry or reversal.
 */
export async function assertLedgerInvariants(cloud: TestCloud, account: string): Promise<{ availableFen: number }> {
  const entries = (await cloud.db.collection('ledger').where({ account }).limit(1000).get()).data as LedgerEntry[];
  const wallet = (await cloud.db.collection('wallets').doc(account).get()).data[0] as WalletDoc | undefined;
  const sum = entries.reduce((n, e) => n + e.amountFen, 0);
  expect(wallet?.availableFen ?? 0).toBe(sum);
  expect(new Set(entries.map((e) => e._id)).size).toBe(entries.length);
  for (const e of entries) expect(e._id).toBe(`${e.type}:${e.ref}`);
  const commissions = (await cloud.db.collection('commissions').where({ distributorOpenid: account }).limit(1000).get()).data;
  expect(new Set(commissions.map((c: { orderId: string }) => c.orderId)).size).toBe(commissions.length);
  return { availableFen: sum };
}

/** Runs the reconciliation timer; answers its summary (`wallets`, `differences`). */
export async function reconcile(cloud: TestCloud): Promise<{ wallets: number; differences: number }> {
  const res = await (await cloud.post('/dev/run/reconcileLedger', {})).json();
  if (!res.ok) throw new Error(`reconcileLedger: ${JSON.stringify(res.error)}`);
  return res.data;
}
