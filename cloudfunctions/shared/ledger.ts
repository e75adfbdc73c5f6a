import type { Fen } from './domain/money';
import type { Database } from './runtime/cloud';
import type { Tx } from './runtime/transaction';
import type { PlaceMove, WithdrawDayState } from './domain/withdraw-day';
import { txGet } from './runtime/transaction';
import { post, PostResult } from './postings';

/**
 * The commission ledger: append-only entries, each under its idempotency key as
 * `_id`, and a cached balance per account (the wallet) that always equals the sum of
 * the account's entries. Two ways in, which compose:
 * - postEntry, no transaction (a member's own request): the entry is posted and the
 *   wallet moved by atomic increments once per key (shared/postings.ts);
 * - appendEntries inside a transaction (timers and the brand: settlement, reversals,
 *   returns): the wallet is read and written in the transaction, whose snapshot makes
 *   a concurrent increment a write conflict (the transaction runs again), never lost.
 * Either way `revision` moves with every change of the wallet.
 */
export type LedgerType = 'commission' | 'reversal' | 'withdrawal' | 'withdrawal_return' | 'cocreation_reward';

export interface LedgerEntry {
  _id: string; // e.g. commission:<orderId>, withdrawal:<withdrawalId>
  account: string; // the distributor's openid
  type: LedgerType;
  amountFen: Fen; // signed
  ref: string;
  createdAt: Date;
}

export interface WalletDoc extends WithdrawDayState {
  _id: string; // openid
  availableFen: Fen; // always the sum of the account's entries
  withdrawnFen: Fen; // the sum of its withdrawals paid out
  revision?: number; // +1 on every change, so a reader can tell the wallet moved
  /** Keys of the entries postEntry moved it by, kept a few days (shared/postings.ts). */
  applied?: { key: string; at: Date }[];
  updatedAt: Date;
}

export const ledgerKey = (type: LedgerType, ref: string) => `${type}:${ref}`;

export async function walletIn(tx: Tx, account: string): Promise<WalletDoc | null> {
  return txGet<WalletDoc>(tx, 'wallets', account);
}

/** Whether the wallet holds the posting `key` in its journal (moved by it within the last days). */
export const walletMovedBy = (wallet: Pick<WalletDoc, 'applied'> | null, key: string): boolean => Boolean(wallet?.applied?.some((a) => a.key === key));

/**
 * Posts one entry without a transaction: the entry under its key, then the wallet by
 * atomic increments (`availableFen` by the amount, `revision` by one, plus `extra`),
 * once per key, refused (and nothing left) when a field of `extra.floor` would go below
 * zero. A negative entry never creates a wallet. Two round trips.
 */
export async function postEntry(db: Database, entry: Omit<LedgerEntry, '_id'>, now: Date, extra: PlaceMove = { incs: {}, floor: [], where: {}, also: {} }): Promise<PostResult> {
  const guarded = extra.floor.length > 0 || entry.amountFen < 0;
  return post(
    db,
    'ledger',
    { _id: ledgerKey(entry.type, entry.ref), ...entry },
    {
      collection: 'wallets',
      id: entry.account,
      incs: { ...extra.incs, availableFen: entry.amountFen, revision: 1 },
      floor: entry.amountFen < 0 ? ['availableFen', ...extra.floor] : extra.floor,
      where: extra.where,
      also: extra.also,
      ...(guarded ? {} : { create: { availableFen: 0, withdrawnFen: 0, revision: 0 } }),
    },
    now,
  );
}

/**
 * Money moving inside a transaction: appends `entries` inside `tx`, skipping any whose key
 * was used before (so a retried write adds nothing), and moves each account's
 * cached balance once by the sum of its new entries. Answers how many were appended.
 */
export async function appendEntries(tx: Tx, entries: Omit<LedgerEntry, '_id'>[], now: Date): Promise<number> {
  const moved = new Map<string, Fen>();
  const keys = new Set<string>();
  for (const entry of entries) {
    const key = ledgerKey(entry.type, entry.ref);
    if (keys.has(key) || (await txGet<LedgerEntry>(tx, 'ledger', key))) continue;
    keys.add(key);
    await tx.collection('ledger').add({ _id: key, ...entry });
    moved.set(entry.account, (moved.get(entry.account) ?? 0) + entry.amountFen);
  }
  for (const [account, availableFen] of moved) await changeWallet(tx, account, { availableFen, withdrawnFen: 0 }, now);
  return keys.size;
}

/** Appends one entry inside `tx`; false (and nothing written) when its key was already used. */
export async function appendEntry(tx: Tx, entry: Omit<LedgerEntry, '_id'>, now: Date): Promise<boolean> {
  return (await appendEntries(tx, [entry], now)) === 1;
}

/**
 * A withdrawal was paid out: adds it to the account's paid-out total. The balance
 * is not touched (its entry was written when the withdrawal was requested); the
 * caller's transaction moves the withdrawal to succeeded, which makes this once only.
 */
export async function recordPayout(tx: Tx, account: string, amountFen: Fen, now: Date): Promise<void> {
  await changeWallet(tx, account, { availableFen: 0, withdrawnFen: amountFen }, now);
}

async function changeWallet(tx: Tx, account: string, by: { availableFen: Fen; withdrawnFen: Fen }, now: Date): Promise<void> {
  const wallet = await walletIn(tx, account);
  if (!wallet) {
    await tx.collection('wallets').add({ _id: account, ...by, revision: 1, updatedAt: now });
    return;
  }
  await tx.collection('wallets').doc(account).update({
    availableFen: wallet.availableFen + by.availableFen,
    withdrawnFen: (wallet.withdrawnFen ?? 0) + by.withdrawnFen,
    revision: (wallet.revision ?? 0) + 1,
    updatedAt: now,
  });
}
