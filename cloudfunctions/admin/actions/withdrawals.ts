import { z } from 'zod';
import type { AdminWithdrawalView, ReconciliationView } from '../../shared/api';
import type { UserDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { pageByTime, Page } from '../../shared/runtime/paging';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { payoutProvider } from '../../shared/providers/payout';
import { advancePayout, approveWithdrawal, rejectWithdrawal, WithdrawalDoc } from '../../distribution/flows/withdrawals';
import { reconciliationView, withdrawalView } from '../../distribution/views';
import type { ReconciliationDoc } from '../../distribution/flows/reconciliation';

async function adminView(db: Database, w: WithdrawalDoc): Promise<AdminWithdrawalView> {
  const user = await getDoc<UserDoc>(db, 'users', w.openid);
  return { ...withdrawalView(w), openid: w.openid, nickname: user?.nickname ?? '' };
}

const STATUSES = ['pending_review', 'approved', 'awaiting_confirmation', 'succeeded', 'rejected', 'failed', 'cancelled'] as const;

export const withdrawals = action({
  admin: true,
  input: z.object({ status: z.enum(STATUSES).optional(), cursor: cursorSchema }),
  async handler({ status, cursor }, { db }): Promise<Page<AdminWithdrawalView>> {
    const page = await pageByTime<WithdrawalDoc>(db, 'withdrawals', status ? { status } : {}, 'createdAt', cursor, 20);
    return { ...page, items: await Promise.all(page.items.map((w) => adminView(db, w))) };
  },
});

/** Approve (the transfer starts at once; the timer retries it) or reject (the amount goes back). */
export const reviewWithdrawal = action({
  admin: true,
  input: z.object({ withdrawalId: idSchema, approve: z.boolean(), note: z.string().trim().max(200).default('') }),
  async handler({ withdrawalId, approve, note }, { db, now, openid }): Promise<{ withdrawal: AdminWithdrawalView }> {
    const done = approve ? await approveWithdrawal(db, withdrawalId, openid, now) : await rejectWithdrawal(db, withdrawalId, openid, note, now);
    if (!done) throw new AppError('ORDER_STATE', '这笔提现已处理过');
    if (approve) await advancePayout(db, payoutProvider(), withdrawalId, now);
    return { withdrawal: await adminView(db, (await getDoc<WithdrawalDoc>(db, 'withdrawals', withdrawalId))!) };
  },
});

/** The ledger reconciliation reports (timer reconcileLedger), newest first: differences to investigate, never corrected. */
export const reconciliations = action({
  admin: true,
  input: z.object({ cursor: cursorSchema }),
  async handler({ cursor }, { db }): Promise<Page<ReconciliationView>> {
    const page = await pageByTime<ReconciliationDoc>(db, 'reconciliations', {}, 'startedAt', cursor, 10);
    return { ...page, items: page.items.map(reconciliationView) };
  },
});
