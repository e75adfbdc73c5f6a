import { z } from 'zod';
import type { CommissionView, CustomerView, DistributorSummary } from '../../shared/api';
import type { UserDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { docsByIds, getDoc } from '../../shared/runtime/documents';
import { pageByTime, Page } from '../../shared/runtime/paging';
import { cursorSchema } from '../../shared/runtime/schemas';
import { distributionConfig } from '../flows/config';
import type { BindingDoc } from '../flows/binding';
import type { CommissionDoc } from '../flows/commissions';
import type { DistributorDoc } from '../flows/codes';
import { distributorFigures } from '../figures';
import type { WithdrawalDoc } from '../flows/withdrawals';
import { commissionView, withdrawalView } from '../views';

async function distributorOf(db: Parameters<typeof getDoc>[0], openid: string): Promise<DistributorDoc> {
  const d = await getDoc<DistributorDoc>(db, 'distributors', openid);
  if (!d) throw new AppError('FORBIDDEN', '你还不是团长');
  return d;
}

/** 团长中心: the code, commission pending / available / withdrawn, and when frozen amounts unfreeze. */
export const summary = action({
  input: z.object({}),
  async handler(_input, { db, openid }): Promise<DistributorSummary> {
    const _ = db.command;
    const distributor = await distributorOf(db, openid);
    const [figures, config, soon, waiting] = await Promise.all([
      distributorFigures(db, openid),
      distributionConfig(db),
      db.collection('commissions').where({ distributorOpenid: openid, status: 'pending', unfreezeAt: _.gt(new Date(0)) }).orderBy('unfreezeAt', 'asc').limit(5).get(),
      db.collection('withdrawals').where({ openid, status: 'awaiting_confirmation' }).orderBy('createdAt', 'asc').limit(5).get(),
    ]);
    return {
      code: distributor.code,
      status: distributor.status,
      ...figures,
      unfreezing: (soon.data as CommissionDoc[]).map((c) => ({ amountFen: c.amountFen, unfreezeAt: new Date(c.unfreezeAt!).toISOString() })),
      awaitingConfirmation: (waiting.data as WithdrawalDoc[]).map(withdrawalView),
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
