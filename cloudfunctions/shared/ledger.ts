import type { Fen } from './domain/money';
import type { Tx } from './runtime/transaction';
import { txGet } from './runtime/transaction';

/**
 * The commission ledger: append-only entries, each under its idempotency key as
 * `_id`, and a cached balance per account updated in the same transaction, so the
 * balance always equals the sum of the account's entries.
 */
export type LedgerType = 'commission' | 'reversal' | 'withdrawal' | 'withdrawal_return';

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
  availableFen: Fen;
  withdrawnFen: Fen;
  updatedAt: Date;
}

export const ledgerKey = (type: LedgerType, ref: string) => `${type}:${ref}`;

export async function walletIn(tx: Tx, account: string): Promise<WalletDoc | null> {
  return txGet<WalletDoc>(tx, 'wallets', account);
}

/** Appends one entry inside `tx`; false (and nothing written) when its key was already used. */
export async function appendEntry(tx: Tx, entry: Omit<LedgerEntry, '_id'>, now: Date): Promise<boolean> {
  const key = ledgerKey(entry.type, entry.ref);
  if (await txGet<LedgerEntry>(tx, 'ledger', key)) return false;
  await tx.collection('ledger').add({ _id: key, ...entry });
  await creditWallet(tx, entry.account, entry.amountFen, now);
  return true;
}

/** Adds `amountFen` (signed) to the cached balance, in the transaction that wrote its entries. */
export async function creditWallet(tx: Tx, account: string, amountFen: Fen, now: Date): Promise<void> {
  const wallet = await walletIn(tx, account);
  if (wallet) await tx.collection('wallets').doc(account).update({ availableFen: wallet.availableFen + amountFen, updatedAt: now });
  else await tx.collection('wallets').add({ _id: account, availableFen: amountFen, withdrawnFen: 0, updatedAt: now });
}
