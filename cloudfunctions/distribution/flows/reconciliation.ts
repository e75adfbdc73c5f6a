import type { Database } from '../../shared/runtime/cloud';
import type { Fen } from '../../shared/domain/money';
import type { LedgerEntry, WalletDoc } from '../../shared/ledger';
import { walletMovedBy } from '../../shared/ledger';
import { REPAIR_MS } from '../../shared/postings';
import { aggregateAll } from '../../shared/runtime/aggregate';
import { getDoc } from '../../shared/runtime/documents';
import { newId } from '../../shared/runtime/ids';
import { now as clockNow } from '../../shared/runtime/clock';
import { logError } from '../../shared/runtime/logger';
import { Budget, UNBOUNDED } from '../../shared/runtime/budget';

/** A wallet whose cached figures differ from what its entries and payouts say. */
export interface WalletDifference {
  account: string;
  cachedAvailableFen: Fen | null; // null: no wallet document at all
  entriesFen: Fen;
  cachedWithdrawnFen: Fen | null;
  paidOutFen: Fen;
}

export interface ReconciliationDoc {
  _id: string;
  startedAt: Date;
  finishedAt: Date;
  wallets: number;
  differenceCount: number;
  differences: WalletDifference[]; // the first MAX_LISTED
  /** The run's time budget ended first: wallets after `wallets` were not compared (the next run compares them all again). */
  stoppedEarly?: boolean;
}

const MAX_LISTED = 200;
const WALLET_PAGE = 500;

type Sums = Map<string, Fen>;

async function sumsBy(db: Database, collection: string, match: object, key: string): Promise<Sums> {
  const rows = await aggregateAll<{ _id: string; fen: Fen }>(db, collection, (agg) => agg.match(match).group({ _id: `$${key}`, fen: { $sum: '$amountFen' } }));
  return new Map(rows.map((r) => [r._id, r.fen]));
}

const entrySums = (db: Database, match: object = {}) => sumsBy(db, 'ledger', match, 'account');
const payoutSums = (db: Database, match: object = {}) => sumsBy(db, 'withdrawals', { ...match, status: 'succeeded' }, 'openid');

function differenceOf(account: string, wallet: WalletDoc | null, entries: Sums, payouts: Sums): WalletDifference | null {
  const entriesFen = entries.get(account) ?? 0;
  const paidOutFen = payouts.get(account) ?? 0;
  if ((wallet?.availableFen ?? 0) === entriesFen && (wallet?.withdrawnFen ?? 0) === paidOutFen) return null;
  return { account, cachedAvailableFen: wallet?.availableFen ?? null, entriesFen, cachedWithdrawnFen: wallet?.withdrawnFen ?? null, paidOutFen };
}

async function* walletPages(db: Database): AsyncGenerator<WalletDoc[]> {
  const _ = db.command;
  let after = '';
  for (;;) {
    const page = (await db.collection('wallets').where({ _id: _.gt(after) }).orderBy('_id', 'asc').limit(WALLET_PAGE).get()).data as WalletDoc[];
    if (page.length) yield page;
    if (page.length < WALLET_PAGE) return;
    after = page[page.length - 1]._id;
  }
}

/**
 * The account's entries that have reached its wallet: all but those posted without a
 * transaction (shared/postings.ts) in the last REPAIR_MS whose move is not in the wallet's
 * journal yet (a request between its two writes, or one that died there, which
 * repairPostings finishes once it is older). Older entries are summed in the database.
 */
async function movedEntriesFen(db: Database, wallet: WalletDoc | null, account: string, now: Date): Promise<Fen> {
  const _ = db.command;
  const cutoff = new Date(now.getTime() - REPAIR_MS);
  const [older, young] = await Promise.all([
    entrySums(db, { account, createdAt: _.lte(cutoff) }),
    db.collection('ledger').where({ account, createdAt: _.gt(cutoff) }).limit(1000).get(),
  ]);
  const moved = (young.data as (LedgerEntry & { posted?: unknown })[]).filter((e) => !e.posted || walletMovedBy(wallet, e._id));
  return (older.get(account) ?? 0) + moved.reduce((sum, e) => sum + e.amountFen, 0);
}

/**
 * A suspect seen in the bulk pass is read again on its own: the wallet, then its
 * entries and payouts, then the wallet again. Every entry and payout moves the wallet
 * (its revision, its journal) in the same write, so a wallet unchanged across the reads
 * was compared with exactly the entries that moved it; a difference then is real.
 */
async function confirmedDifference(db: Database, account: string, now: Date): Promise<WalletDifference | null> {
  const stamp = (w: WalletDoc | null) => (w ? `${w.revision ?? 0}:${w.availableFen}:${w.withdrawnFen}` : 'none');
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = await getDoc<WalletDoc>(db, 'wallets', account);
    const [entriesFen, payouts] = await Promise.all([movedEntriesFen(db, before, account, now), payoutSums(db, { openid: account })]);
    const after = await getDoc<WalletDoc>(db, 'wallets', account);
    if (stamp(before) === stamp(after)) return differenceOf(account, after, new Map([[account, entriesFen]]), payouts);
  }
  return null; // moving all the time: the next run looks again
}

/**
 * Recomputes every wallet from its ledger entries (the balance) and its succeeded
 * withdrawals (the paid-out total) and stores a report of every difference. It never
 * changes a wallet: a difference is for a person to investigate.
 */
export async function reconcileWallets(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<ReconciliationDoc> {
  const [entries, payouts] = await Promise.all([entrySums(db), payoutSums(db)]);
  const suspects = new Set<string>();
  const seen = new Set<string>();
  let stoppedEarly = false;
  for await (const page of walletPages(db)) {
    if ((stoppedEarly = budget.exhausted())) break;
    for (const wallet of page) {
      seen.add(wallet._id);
      if (differenceOf(wallet._id, wallet, entries, payouts)) suspects.add(wallet._id);
    }
  }
  if (!stoppedEarly) for (const account of [...entries.keys(), ...payouts.keys()]) if (!seen.has(account) && differenceOf(account, null, entries, payouts)) suspects.add(account);
  const differences: WalletDifference[] = [];
  for (const account of suspects) {
    if ((stoppedEarly = stoppedEarly || budget.exhausted())) break;
    const difference = await confirmedDifference(db, account, now);
    if (difference) differences.push(difference);
  }
  for (const difference of differences) logError('ledger_difference', { ...difference });
  const report: ReconciliationDoc = {
    _id: newId(),
    startedAt: now,
    finishedAt: clockNow(),
    wallets: seen.size,
    differenceCount: differences.length,
    differences: differences.slice(0, MAX_LISTED),
    ...(stoppedEarly ? { stoppedEarly } : {}),
  };
  await db.collection('reconciliations').add(report);
  return report;
}
