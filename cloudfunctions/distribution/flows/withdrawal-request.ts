import type { Database } from '../../shared/runtime/cloud';
import type { DistributionConfig } from '../../shared/domain/distribution';
import type { LedgerEntry, WalletDoc } from '../../shared/ledger';
import { ledgerKey, postEntry, walletMovedBy } from '../../shared/ledger';
import { AppError } from '../../shared/runtime/app-error';
import { insertOnce } from '../../shared/runtime/documents';
import { aggregateAll, lookupById, readJoined } from '../../shared/runtime/aggregate';
import { Budget, UNBOUNDED } from '../../shared/runtime/budget';
import { shanghaiDayKey } from '../../shared/domain/calendar';
import { formatYuan } from '../../shared/domain/money';
import { withdrawRefusal } from '../../shared/domain/distribution';
import { takePlace } from '../../shared/domain/withdraw-day';
import { configOf, CONFIG_ID, distributionConfig } from './config';
import type { WithdrawalDoc } from './withdrawals';

const REFUSAL_MESSAGES = {
  TOO_SMALL: (min: number) => `单次提现至少 ${formatYuan(min)}`,
  LIMIT_EXCEEDED: (max: number) => `每天最多提现 ${max} 次`,
};

/** A posting refused although the read allowed it (another withdrawal of the member moved the wallet first): read again, this many tries in all. */
const ATTEMPTS = 4;

type Row = WalletDoc & { settings: Partial<DistributionConfig>[]; entry: LedgerEntry[]; withdrawal: WithdrawalDoc[] };

/** The withdrawal an entry `withdrawal:<id>` stands for, as it is when requested. */
export function withdrawalOf(entry: Omit<LedgerEntry, '_id'>): WithdrawalDoc {
  const createdAt = new Date(entry.createdAt);
  return {
    _id: entry.ref, openid: entry.account, amountFen: -entry.amountFen, status: 'pending_review', day: shanghaiDayKey(createdAt),
    createdAt, updatedAt: createdAt, reviewedAt: null, reviewer: null, note: '', transferBillNo: null, packageInfo: null,
    failReason: null, attempts: 0, nextAttemptAt: null,
  };
}

/** The place in the day a withdrawal of `amountFen` takes, or its refusal (thrown). */
function placeFor(amountFen: number, wallet: WalletDoc | null, config: DistributionConfig, now: Date) {
  const refusal = withdrawRefusal(amountFen, wallet?.availableFen ?? 0, 0, config);
  if (refusal === 'INSUFFICIENT_BALANCE') throw new AppError('INSUFFICIENT_BALANCE');
  if (refusal === 'TOO_SMALL') throw new AppError('INVALID_ARGUMENT', REFUSAL_MESSAGES.TOO_SMALL(config.minWithdrawFen));
  const place = takePlace(wallet, now, config.maxWithdrawalsPerDay);
  if (place === 'LIMIT_EXCEEDED') throw new AppError('LIMIT_EXCEEDED', REFUSAL_MESSAGES.LIMIT_EXCEEDED(config.maxWithdrawalsPerDay));
  return place;
}

/**
 * A withdrawal request, without a transaction, in four round trips: one read (the wallet with
 * the settings, and what an earlier try of this request left), then the entry `withdrawal:<id>`
 * posted on the wallet (−amount; refused when the balance or today's places would go below
 * zero, see domain/withdraw-day.ts), then the withdrawal. A retry (same id) withdraws once and
 * answers the same withdrawal; a refusal writes nothing. A request that died between the
 * posting and the withdrawal is finished by its retry, or by repairWithdrawals.
 */
export async function requestWithdrawal(db: Database, openid: string, id: string, amountFen: number, now: Date): Promise<WithdrawalDoc> {
  const key = ledgerKey('withdrawal', id);
  const read = async () => (await readJoined(db, 'wallets', openid, [lookupById('config', CONFIG_ID, 'settings'), lookupById('ledger', key, 'entry'), lookupById('withdrawals', id, 'withdrawal')])) as Row | null;
  let wallet = await read();
  for (let attempt = 1; ; attempt++) {
    const done = wallet?.withdrawal[0];
    if (done) return done;
    const earlier = wallet?.entry[0];
    const { _id, ...entry } = earlier ?? { _id: key, account: openid, type: 'withdrawal' as const, amountFen: -amountFen, ref: id, createdAt: now };
    if (!walletMovedBy(wallet, key)) {
      const config = wallet ? configOf(wallet.settings[0]) : await distributionConfig(db);
      const place = placeFor(-entry.amountFen, wallet, config, now);
      if ((await postEntry(db, entry, now, place)) === 'refused') {
        if (attempt >= ATTEMPTS) throw new AppError('CONFLICT');
        wallet = await read();
        continue;
      }
    }
    const doc = withdrawalOf(entry);
    await insertOnce(db, 'withdrawals', doc); // false: a twin of this request wrote it
    return doc;
  }
}

/**
 * The daily job's part: a withdrawal entry posted between `from` and `to` by a request that
 * died before writing its withdrawal (and was never retried) gets it now, pending review.
 * Run after repairPostings, which finishes or takes out the postings themselves.
 */
export async function repairWithdrawals(db: Database, from: Date, to: Date, budget: Budget = UNBOUNDED): Promise<number> {
  const rows = await aggregateAll<LedgerEntry & { doc: unknown[] }>(db, 'ledger', (agg) =>
    agg.match({ type: 'withdrawal', createdAt: db.command.gte(from).and(db.command.lt(to)) }).lookup({ from: 'withdrawals', localField: 'ref', foreignField: '_id', as: 'doc' }),
  );
  let written = 0;
  for (const { _id, doc, ...entry } of rows) {
    if (doc.length || budget.exhausted()) continue;
    if (await insertOnce(db, 'withdrawals', withdrawalOf(entry))) written += 1;
  }
  return written;
}
