import type { Database } from '../../shared/runtime/cloud';
import type { PayoutProvider, TransferResult } from '../../shared/providers/payout/port';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { inTransaction, txGet } from '../../shared/runtime/transaction';
import { logError } from '../../shared/runtime/logger';
import { shanghaiDayKey } from '../../shared/domain/calendar';
import { formatYuan } from '../../shared/domain/money';
import { withdrawRefusal } from '../../shared/domain/distribution';
import { appendEntry, recordPayout, walletIn } from '../../shared/ledger';
import { distributionConfig } from './config';

export type WithdrawalStatus = 'pending_review' | 'approved' | 'awaiting_confirmation' | 'succeeded' | 'rejected' | 'failed';

export interface WithdrawalDoc {
  _id: string; // also the transfer's out_bill_no
  openid: string;
  amountFen: number;
  status: WithdrawalStatus;
  day: string;
  createdAt: Date;
  updatedAt: Date;
  reviewedAt: Date | null;
  reviewer: string | null;
  note: string;
  transferBillNo: string | null;
  packageInfo: string | null;
  failReason: string | null;
  attempts: number;
  nextAttemptAt: Date | null;
}

const REFUSAL_MESSAGES = {
  TOO_SMALL: (min: number) => `单次提现至少 ${formatYuan(min)}`,
  LIMIT_EXCEEDED: (max: number) => `每天最多提现 ${max} 次`,
};

/**
 * A withdrawal request: checked against the available balance and the daily
 * count, then the amount leaves the balance at once (a ledger entry), all in one
 * transaction on the distributor's own wallet.
 */
export async function requestWithdrawal(db: Database, openid: string, id: string, amountFen: number, now: Date): Promise<WithdrawalDoc> {
  const config = await distributionConfig(db);
  const day = shanghaiDayKey(now);
  return inTransaction(db, async (tx) => {
    const wallet = await walletIn(tx, openid);
    const counter = await txGet<{ count: number }>(tx, 'withdrawDays', `${openid}_${day}`);
    const refusal = withdrawRefusal(amountFen, wallet?.availableFen ?? 0, counter?.count ?? 0, config);
    if (refusal === 'INSUFFICIENT_BALANCE') throw new AppError('INSUFFICIENT_BALANCE');
    if (refusal === 'TOO_SMALL') throw new AppError('INVALID_ARGUMENT', REFUSAL_MESSAGES.TOO_SMALL(config.minWithdrawFen));
    if (refusal === 'LIMIT_EXCEEDED') throw new AppError('LIMIT_EXCEEDED', REFUSAL_MESSAGES.LIMIT_EXCEEDED(config.maxWithdrawalsPerDay));
    await appendEntry(tx, { account: openid, type: 'withdrawal', amountFen: -amountFen, ref: id, createdAt: now }, now);
    if (counter) await tx.collection('withdrawDays').doc(`${openid}_${day}`).update({ count: counter.count + 1 });
    else await tx.collection('withdrawDays').add({ _id: `${openid}_${day}`, count: 1 });
    const doc: WithdrawalDoc = {
      _id: id, openid, amountFen, status: 'pending_review', day, createdAt: now, updatedAt: now, reviewedAt: null,
      reviewer: null, note: '', transferBillNo: null, packageInfo: null, failReason: null, attempts: 0, nextAttemptAt: null,
    };
    await tx.collection('withdrawals').add(doc);
    return doc;
  });
}

/** Rejected or failed: the amount comes back to the balance (once), and the withdrawal closes. */
async function closeWithReturn(db: Database, id: string, from: WithdrawalStatus[], status: 'rejected' | 'failed', fields: Partial<WithdrawalDoc>, now: Date): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const w = await txGet<WithdrawalDoc>(tx, 'withdrawals', id);
    if (!w || !from.includes(w.status)) return false;
    await tx.collection('withdrawals').doc(id).update({ ...fields, status, updatedAt: now });
    await appendEntry(tx, { account: w.openid, type: 'withdrawal_return', amountFen: w.amountFen, ref: id, createdAt: now }, now);
    return true;
  });
}

export async function rejectWithdrawal(db: Database, id: string, reviewer: string, note: string, now: Date): Promise<boolean> {
  return closeWithReturn(db, id, ['pending_review'], 'rejected', { reviewer, note, reviewedAt: now }, now);
}

export async function approveWithdrawal(db: Database, id: string, reviewer: string, now: Date): Promise<boolean> {
  const res = await db
    .collection('withdrawals')
    .where({ _id: id, status: 'pending_review' })
    .update({ status: 'approved', reviewer, reviewedAt: now, nextAttemptAt: now, updatedAt: now });
  return updatedCount(res) === 1;
}

/**
 * One step of an approved withdrawal's transfer, safe to repeat: the bill number
 * is the withdrawal id, so a retry never pays twice. SUCCESS closes it; FAIL or
 * CANCELLED returns the money; an error leaves it for the next run.
 */
export async function advancePayout(db: Database, payout: PayoutProvider, id: string, now: Date): Promise<WithdrawalStatus | 'busy'> {
  const _ = db.command;
  const claim = await db
    .collection('withdrawals')
    .where({ _id: id, status: _.in(['approved', 'awaiting_confirmation']), nextAttemptAt: _.lte(now) })
    .update({ attempts: _.inc(1), nextAttemptAt: new Date(now.getTime() + 2 * 60_000), updatedAt: now });
  if (updatedCount(claim) !== 1) return 'busy';
  const w = (await getDoc<WithdrawalDoc>(db, 'withdrawals', id))!;
  let result: TransferResult;
  try {
    result = w.status === 'awaiting_confirmation'
      ? await payout.query(w._id)
      : await payout.transfer({ outBillNo: w._id, openid: w.openid, amountFen: w.amountFen, remark: '共营佣金提现' });
  } catch (err) {
    const retryIn = Math.min(60, 2 ** Math.min(6, w.attempts)) * 60_000;
    await db.collection('withdrawals').doc(id).update({ failReason: String((err as Error)?.message ?? err).slice(0, 200), nextAttemptAt: new Date(now.getTime() + retryIn), updatedAt: now });
    logError('payout_failed', { withdrawalId: id, error: String(err) });
    return w.status;
  }
  return applyTransferResult(db, w, result, now);
}

async function applyTransferResult(db: Database, w: WithdrawalDoc, result: TransferResult, now: Date): Promise<WithdrawalStatus> {
  if (result.state === 'SUCCESS') {
    await inTransaction(db, async (tx) => {
      const current = await txGet<WithdrawalDoc>(tx, 'withdrawals', w._id);
      if (!current || current.status === 'succeeded') return;
      await tx.collection('withdrawals').doc(w._id).update({ status: 'succeeded', transferBillNo: result.transferBillNo, packageInfo: null, updatedAt: now });
      await recordPayout(tx, w.openid, w.amountFen, now);
    });
    return 'succeeded';
  }
  if (result.state === 'FAIL' || result.state === 'CANCELLED') {
    await closeWithReturn(db, w._id, ['approved', 'awaiting_confirmation'], 'failed', { failReason: result.failReason ?? result.state, transferBillNo: result.transferBillNo }, now);
    return 'failed';
  }
  const status = result.state === 'WAIT_USER_CONFIRM' ? 'awaiting_confirmation' : w.status;
  await db.collection('withdrawals').doc(w._id).update({
    status, transferBillNo: result.transferBillNo, packageInfo: result.packageInfo ?? w.packageInfo,
    nextAttemptAt: new Date(now.getTime() + 5 * 60_000), updatedAt: now,
  });
  return status;
}

/** The payout timer: every approved withdrawal that is due. */
export async function processDuePayouts(db: Database, payout: PayoutProvider, now: Date): Promise<{ advanced: number }> {
  const _ = db.command;
  const due = await db.collection('withdrawals').where({ status: _.in(['approved', 'awaiting_confirmation']), nextAttemptAt: _.lte(now) }).limit(100).get();
  for (const w of due.data as WithdrawalDoc[]) await advancePayout(db, payout, w._id, now);
  return { advanced: due.data.length };
}
