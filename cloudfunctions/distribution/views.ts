import type { CommissionView, ReconciliationView, WithdrawalView } from '../shared/api';
import type { CommissionDoc } from './flows/commissions';
import type { WithdrawalDoc } from './flows/withdrawals';
import type { ReconciliationDoc } from './flows/reconciliation';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : '');

export function commissionView(c: CommissionDoc): CommissionView {
  return {
    orderId: c.orderId,
    title: c.title,
    buyerNickname: c.buyerNickname,
    paidFen: c.paidFen,
    rateBps: c.rateBps,
    amountFen: c.amountFen,
    status: c.status,
    effectiveAt: iso(c.effectiveAt),
    unfreezeAt: iso(c.unfreezeAt),
  };
}

export function withdrawalView(w: WithdrawalDoc): WithdrawalView {
  return {
    withdrawalId: w._id,
    amountFen: w.amountFen,
    status: w.status,
    createdAt: iso(w.createdAt),
    note: w.note,
    failReason: w.failReason,
    packageInfo: w.status === 'awaiting_confirmation' ? w.packageInfo : null,
    confirmBy: w.status === 'awaiting_confirmation' ? iso(w.confirmBy) : '',
  };
}

export function reconciliationView(r: ReconciliationDoc): ReconciliationView {
  return {
    reconciliationId: r._id,
    startedAt: iso(r.startedAt),
    finishedAt: iso(r.finishedAt),
    wallets: r.wallets,
    differenceCount: r.differenceCount,
    differences: r.differences.map(({ account, ...figures }) => ({ openid: account, ...figures })),
  };
}
