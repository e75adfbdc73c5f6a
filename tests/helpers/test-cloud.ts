import fs from 'fs';
import os from 'os';
import path from 'path';
import { startLocalCloud, LocalCloud } from '../../emulator/local-cloud';
import { database } from '../../cloudfunctions/shared/runtime/cloud';

export interface TestCloud extends LocalCloud {
  /** Calls a cloud function as the given user, through HTTP like the h5 app does. */
  call<T = any>(fn: string, data: unknown, openid?: string): Promise<{ ok: boolean; data: T; error: { code: string; message: string } }>;
  post(pathname: string, body: string | object, headers?: Record<string, string>): Promise<Response>;
  db: ReturnType<typeof database>;
  /** Total number of documents in the given collections. */
  countAll(collections: string[]): Promise<number>;
  stop(): Promise<void>;
}

/** A local cloud on a free port over a fresh data dir: one per test file. */
export async function startTestCloud(opts: { seed?: 'demo' | 'none'; h5Dir?: string; history?: boolean } = {}): Promise<TestCloud> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongying-test-'));
  const cloud = (await startLocalCloud({
    port: 0,
    dataDir,
    seed: opts.seed ?? 'none',
    history: opts.history ?? false,
    ...(opts.h5Dir ? { h5Dir: opts.h5Dir } : {}),
  })) as TestCloud;
  cloud.post = (pathname, body, headers = {}) =>
    fetch(cloud.url + pathname, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  cloud.call = async (fn, data, openid) => {
    const res = await cloud.post(`/cloud/${fn}`, data as object, openid ? { 'x-wx-openid': openid } : {});
    return res.json();
  };
  cloud.db = database();
  cloud.countAll = async (collections) => {
    let total = 0;
    for (const c of collections) total += (await cloud.db.collection(c).count()).total ?? 0;
    return total;
  };
  cloud.stop = async () => {
    await cloud.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return cloud;
}

export const ALL_COLLECTIONS = ['users', 'products', 'deals', 'groups', 'orders', 'dealUsers', 'refunds', 'config', 'distributors', 'codes', 'bindings', 'commissions', 'ledger', 'wallets', 'withdrawals', 'distributorApplications', 'grants', 'tierChanges', 'coCreatorApplications', 'polls', 'ballots', 'posts', 'likes', 'mediaChecks', 'rewardSlots', 'contests', 'reconciliations', 'addresses', 'pickupPoints', 'verifyCodes', 'verifyShorts', 'verifyAttempts', 'shipments', 'afterSales', 'verifyRefs', 'projects', 'rulesAcceptances', 'ideas', 'ideaVotes', 'projectApplications', 'proposals', 'proposalComments', 'trialRounds', 'trialReports', 'contributions', 'rewardPayouts', 'partners', 'partnerInvites', 'perks', 'vouchers', 'perkSlots', 'rewards', 'coupons', 'events', 'eventSignups', 'partnerVisits', 'comments', 'categories', 'notices', 'jobRuns', 'analyticsEvents', 'analyticsLimits', 'analyticsRollups'];
