import type { Database } from '../../shared/runtime/cloud';
import { CONFIRM_WINDOW_MS, PayoutProvider, TransferNotice, TransferResult } from '../../shared/providers/payout/port';
import { tell } from '../../shared/providers/notifier';
import { Budget, UNBOUNDED } from '../../shared/runtime/budget';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { inTransaction, txGet } from '../../shared/runtime/transaction';
import { logError } from '../../shared/runtime/logger';
import { appendEntry, recordPayout } from '../../shared/ledger';

/**
 * awaiting_confirmation: WeChat holds the transfer until the member taps 确认收款 (at most 24 h);
 * cancelled: the bill closed unconfirmed (or was 撤销), the amount went back to the balance.
 */
export type WithdrawalStatus = 'pending_review' | 'approved' | 'awaiting_confirmation' | 'succeeded' | 'rejected' | 'failed' | 'cancelled';

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
  /** While awaiting_confirmation: when WeChat closes the unconfirmed bill (24 h after it waited). */
  confirmBy?: Date | null;
  /** When the 待确认收款 reminder is due; null once sent (or never due). */
  remindAt?: Date | null;
  remindedAt?: Date | null;
}

/** The reminder goes this long before the bill's 24 h run out. */
export const REMIND_BEFORE_EXPIRY_MS = 4 * 60 * 60 * 1000;
const LIVE: WithdrawalStatus[] = ['approved', 'awaiting_confirmation'];

/** Rejected, failed or cancelled: the amount comes back to the balance (once), and the withdrawal closes. */
async function closeWithReturn(db: Database, id: string, from: WithdrawalStatus[], status: 'rejected' | 'failed' | 'cancelled', fields: Partial<WithdrawalDoc>, now: Date): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const w = await txGet<WithdrawalDoc>(tx, 'withdrawals', id);
    if (!w || !from.includes(w.status)) return false;
    await tx.collection('withdrawals').doc(id).update({ ...fields, status, remindAt: null, updatedAt: now });
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

/**
 * A bill's state applied to its withdrawal, by the timer's query and by transferNotify alike.
 * Final states move a live withdrawal once (checked inside the transaction): SUCCESS counts
 * it as withdrawn; FAIL → failed and CANCELLED (unconfirmed 24 h, or 撤销) → cancelled, both
 * returning the amount through the ledger. WAIT_USER_CONFIRM starts the 24 h window.
 */
async function applyTransferResult(db: Database, w: WithdrawalDoc, result: TransferResult, now: Date): Promise<WithdrawalStatus> {
  if (result.state === 'SUCCESS') {
    const moved = await inTransaction(db, async (tx) => {
      const current = await txGet<WithdrawalDoc>(tx, 'withdrawals', w._id);
      if (!current || !LIVE.includes(current.status)) return current?.status ?? w.status;
      await tx.collection('withdrawals').doc(w._id).update({ status: 'succeeded', transferBillNo: result.transferBillNo, packageInfo: null, remindAt: null, updatedAt: now });
      await recordPayout(tx, w.openid, w.amountFen, now);
      return 'succeeded' as const;
    });
    if (moved !== 'succeeded') logError('transfer_conflict', { withdrawalId: w._id, platform: 'SUCCESS', ours: moved });
    return moved;
  }
  if (result.state === 'FAIL' || result.state === 'CANCELLED') {
    const status = result.state === 'FAIL' ? 'failed' : 'cancelled';
    const fields = { failReason: result.failReason ?? (status === 'failed' ? result.state : null), transferBillNo: result.transferBillNo, packageInfo: null };
    const moved = await closeWithReturn(db, w._id, LIVE, status, fields, now);
    const current = moved ? status : (await getDoc<WithdrawalDoc>(db, 'withdrawals', w._id))?.status ?? w.status;
    if (current === 'succeeded') logError('transfer_conflict', { withdrawalId: w._id, platform: result.state, ours: current });
    return current;
  }
  if (result.state !== 'WAIT_USER_CONFIRM') {
    await db.collection('withdrawals').doc(w._id).update({ transferBillNo: result.transferBillNo, nextAttemptAt: new Date(now.getTime() + 5 * 60_000), updatedAt: now });
    return w.status;
  }
  // Waiting for the member: the window runs from the first time WeChat said so; the timer
  // looks again every 30 minutes (transferNotify usually comes first) and right after the window.
  const confirmBy = w.confirmBy ? new Date(w.confirmBy) : new Date(now.getTime() + CONFIRM_WINDOW_MS);
  const remindAt = w.remindedAt ? null : w.remindAt ? new Date(w.remindAt) : new Date(confirmBy.getTime() - REMIND_BEFORE_EXPIRY_MS);
  const nextMs = Math.min(now.getTime() + 30 * 60_000, Math.max(now.getTime() + 5 * 60_000, confirmBy.getTime() + 60_000));
  const res = await db.collection('withdrawals').where({ _id: w._id, status: db.command.in(LIVE) }).update({
    status: 'awaiting_confirmation', transferBillNo: result.transferBillNo, packageInfo: result.packageInfo ?? w.packageInfo,
    confirmBy, remindAt, nextAttemptAt: new Date(nextMs), updatedAt: now,
  });
  return updatedCount(res) === 1 ? 'awaiting_confirmation' : ((await getDoc<WithdrawalDoc>(db, 'withdrawals', w._id))?.status ?? w.status);
}

export type NoticeOutcome = 'applied' | 'already_final' | 'unknown_bill' | 'mismatch';

/**
 * A transfer notification (transferNotify), once verified: the bill must be one of ours for
 * the same member and amount; a withdrawal already final is acknowledged unchanged, so a
 * repeated notification (WeChat resends until answered) changes nothing.
 */
export async function applyTransferNotice(db: Database, notice: TransferNotice, now: Date): Promise<NoticeOutcome> {
  const w = await getDoc<WithdrawalDoc>(db, 'withdrawals', notice.outBillNo);
  if (!w) return 'unknown_bill';
  if (w.openid !== notice.openid || w.amountFen !== notice.amountFen) return 'mismatch';
  if (!LIVE.includes(w.status)) {
    const agrees = (notice.state === 'SUCCESS') === (w.status === 'succeeded');
    if (!agrees) logError('transfer_conflict', { withdrawalId: w._id, platform: notice.state, ours: w.status });
    return 'already_final';
  }
  await applyTransferResult(db, w, { outBillNo: w._id, state: notice.state, transferBillNo: notice.transferBillNo, packageInfo: null, failReason: notice.failReason }, now);
  return 'applied';
}

/**
 * The 待确认收款 reminder, once per withdrawal: claimed by a conditional update (remindAt →
 * null) before it is sent, so two runs at once send it once. A withdrawal confirmed or closed
 * meanwhile has no remindAt any more and is skipped.
 */
export async function sendTransferReminders(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<{ reminded: number; more: number }> {
  const _ = db.command;
  const due = (await db.collection('withdrawals').where({ status: 'awaiting_confirmation', remindAt: _.lte(now) }).limit(50).get()).data as WithdrawalDoc[];
  let reminded = 0;
  let handled = 0;
  for (const w of due) {
    if (budget.exhausted()) break;
    handled += 1;
    const claim = await db
      .collection('withdrawals')
      .where({ _id: w._id, status: 'awaiting_confirmation', remindAt: _.lte(now) })
      .update({ remindAt: null, remindedAt: now, updatedAt: now });
    if (updatedCount(claim) !== 1) continue;
    await tell({
      kind: 'transfer_confirm',
      openid: w.openid,
      page: 'leader/pages/centre/index?tab=withdrawals',
      title: '佣金提现待确认收款',
      amountFen: w.amountFen,
      note: '请尽快点「确认收款」，逾期金额退回可提现余额',
      at: new Date(w.confirmBy ?? now),
    });
    reminded += 1;
  }
  return { reminded, more: due.length - handled };
}

/**
 * The payout timer: every live withdrawal that is due is transferred or its bill queried
 * (a bill stuck waiting or underway is looked at again), then the 待确认收款 reminders.
 * Each unit is checked against the budget; what is left waits for the next run.
 */
export async function processDuePayouts(
  db: Database,
  payout: PayoutProvider,
  now: Date,
  budget: Budget = UNBOUNDED,
): Promise<{ advanced: number; more: number; reminded: number; remindersLeft: number }> {
  const _ = db.command;
  const due = (await db.collection('withdrawals').where({ status: _.in(LIVE), nextAttemptAt: _.lte(now) }).limit(100).get()).data as WithdrawalDoc[];
  let advanced = 0;
  for (const w of due) {
    if (budget.exhausted()) break;
    await advancePayout(db, payout, w._id, now);
    advanced += 1;
  }
  const reminders = budget.exhausted() ? { reminded: 0, more: 1 } : await sendTransferReminders(db, now, budget);
  return { advanced, more: due.length - advanced, reminded: reminders.reminded, remindersLeft: reminders.more };
}
