import { z } from 'zod';
import type { CommissionView, CustomerView, DistributorSummary } from '../../shared/api';
import type { UserDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { docsByIds, getDoc } from '../../shared/runtime/documents';
import { pageByTime, Page } from '../../shared/runtime/paging';
import { cursorSchema } from '../../shared/runtime/schemas';
import { configOf, CONFIG_ID } from '../flows/config';
import type { DistributionConfig } from '../../shared/domain/distribution';
import { aggregateFew, lookupById } from '../../shared/runtime/aggregate';
import type { BindingDoc } from '../flows/binding';
import type { CommissionDoc } from '../flows/commissions';
import type { DistributorDoc } from '../flows/codes';
import { figuresOf, withFigures } from '../figures';
import type { WithdrawalDoc } from '../flows/withdrawals';
import { commissionView, withdrawalView } from '../views';

async function distributorOf(db: Parameters<typeof getDoc>[0], openid: string): Promise<DistributorDoc> {
  const d = await getDoc<DistributorDoc>(db, 'distributors', openid);
  if (!d) throw new AppError('FORBIDDEN', '你还不是团长');
  return d;
}

/**
 * 团长中心: the code, commission pending / available / withdrawn, and when frozen amounts
 * unfreeze; one round trip (the distributor joined to its figures, settings and lists).
 */
export const summary = action({
  input: z.object({}),
  async handler(_input, { db, openid }): Promise<DistributorSummary> {
    type Row = DistributorDoc & Parameters<typeof figuresOf>[0] & { settings: Partial<DistributionConfig>[]; soon: CommissionDoc[]; waiting: WithdrawalDoc[] };
    const [row] = await aggregateFew<Row>(
      db,
      'distributors',
      (agg) =>
        withFigures(agg.match({ _id: openid }), openid)
          .lookup(lookupById('config', CONFIG_ID, 'settings'))
          .lookup({ from: 'commissions', pipeline: [{ $match: { distributorOpenid: openid, status: 'pending', unfreezeAt: { $gt: new Date(0) } } }, { $sort: { unfreezeAt: 1 } }, { $limit: 5 }], as: 'soon' })
          .lookup({ from: 'withdrawals', pipeline: [{ $match: { openid, status: 'awaiting_confirmation' } }, { $sort: { createdAt: 1 } }, { $limit: 5 }], as: 'waiting' }),
      1,
    );
    if (!row) throw new AppError('FORBIDDEN', '你还不是团长');
    const config = configOf(row.settings[0]);
    return {
      code: row.code,
      status: row.status,
      ...figuresOf(row),
      unfreezing: row.soon.map((c) => ({ amountFen: c.amountFen, unfreezeAt: new Date(c.unfreezeAt!).toISOString() })),
      awaitingConfirmation: row.waiting.map(withdrawalView),
      rateBps: config.defaultRateBps,
      minWithdrawFen: config.minWithdrawFen,
      maxWithdrawalsPerDay: config.maxWithdrawalsPerDay,
    };
  },
});

export const commissions = action({
  input: z.object({ cursor: cursorSchema }),
  async handler({ cursor }, { db, openid }): Promise<Page<CommissionView>> {
    await distributorOf(db, openid);
    const page = await pageByTime<CommissionDoc>(db, 'commissions', { distributorOpenid: openid }, 'effectiveAt', cursor, 20);
    return { ...page, items: page.items.map(commissionView) };
  },
});

/** The shoppers bound to the caller: nickname and avatar only. */
export const customers = action({
  input: z.object({ cursor: cursorSchema }),
  async handler({ cursor }, { db, openid, now }): Promise<Page<CustomerView>> {
    await distributorOf(db, openid);
    const page = await pageByTime<BindingDoc>(db, 'bindings', { distributorOpenid: openid }, 'boundAt', cursor, 20);
    const users = await docsByIds<UserDoc>(db, 'users', page.items.map((b) => b._id));
    return {
      ...page,
      items: page.items.map((b) => ({
        nickname: users.get(b._id)?.nickname ?? '',
        avatar: users.get(b._id)?.avatar ?? '',
        boundAt: new Date(b.boundAt).toISOString(),
        expiresAt: new Date(b.expiresAt).toISOString(),
        active: new Date(b.expiresAt) > now,
      })),
    };
  },
});
