import type { Fen } from './domain/money';
import type { Tx } from './runtime/transaction';
import { txGet } from './runtime/transaction';

/**
 * The commission ledger: append-only entries, each under its idempotency key as
 * `_id`, and a cached balance per account updated in the same transaction, so the
 * balance always equals the sum of the account's entries.
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

export interface WalletDoc {
  _id: string; // openid
  availableFen: Fen; // always the sum of the account's entries
  withdrawnFen: Fen; // the sum of its withdrawals paid out
  revision?: number; // +1 on every change, so a reader can tell the wallet moved
  updatedAt: Date;
}

export const ledgerKey = (type: LedgerType, ref: string) => `${type}:${ref}`;

export async function walletIn(tx: Tx, account: string): Promise<WalletDoc | null> {
  return txGet<WalletDoc>(tx, 'wallets', account);
}

/**
 * The only way money moves: appends `entries` inside `tx`, skipping any whose key
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
