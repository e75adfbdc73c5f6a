import type { Database } from '../shared/runtime/cloud';
import type { DealDoc, GroupDoc, StockShardDoc } from '../shared/model';
import type { BuyerOrder } from '../shared/domain/buyer-limit';
import type { DistributorDoc } from '../distribution/flows/codes';
import { aggregateFew, lookupById } from '../shared/runtime/aggregate';
import { SHARDS } from './flows/stock-shards';

/** Open groups read for the deal page: twice those shown, as some may be full. */
const GROUPS_READ = 20;

/** What the deal page reads beside its 晒单, in one round trip. */
export interface DealPageRead {
  deal: DealDoc;
  /** Open, unexpired groups, soonest to expire first. */
  groups: GroupDoc[];
  /** The caller's distributor record (分享赚), if any. */
  distributor: DistributorDoc | null;
  /** The caller's orders on the deal (the per-user limit). */
  mine: BuyerOrder[];
  /** The deal's stock shards (none unless sharded). */
  shards: StockShardDoc[];
}

const JOINED = ['groups', 'distributor', 'mine', 'shards'];

/** One aggregate from the deal, joined to its open groups, the caller's distributor record and orders on it, and its stock shards. */
export async function readDealPage(db: Database, dealId: string, openid: string, now: Date): Promise<DealPageRead | null> {
  const [row] = await aggregateFew<Record<string, unknown>>(
    db,
    'deals',
    (agg) =>
      agg
        .match({ _id: dealId })
        .lookup({ from: 'groups', pipeline: [{ $match: { dealId, status: 'open', expiresAt: { $gt: now } } }, { $sort: { expiresAt: 1 } }, { $limit: GROUPS_READ }], as: 'groups' })
        .lookup(lookupById('distributors', openid, 'distributor'))
        .lookup({ from: 'orders', pipeline: [{ $match: { openid, dealId } }, { $project: { _id: 0, status: 1, quantity: 1, slot: 1 } }], as: 'mine' })
        .lookup({ from: SHARDS, pipeline: [{ $match: { dealId } }], as: 'shards' }),
    1,
  );
  if (!row) return null;
  const deal = Object.fromEntries(Object.entries(row).filter(([k]) => !JOINED.includes(k))) as unknown as DealDoc;
  return {
    deal,
    groups: (row.groups as GroupDoc[]) ?? [],
    distributor: ((row.distributor as DistributorDoc[]) ?? [])[0] ?? null,
    mine: (row.mine as BuyerOrder[]) ?? [],
    shards: (row.shards as StockShardDoc[]) ?? [],
  };
}
