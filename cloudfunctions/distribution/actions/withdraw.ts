import { z } from 'zod';
import type { WithdrawalView } from '../../shared/api';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { idForRequest } from '../../shared/runtime/ids';
import { pageByTime, Page } from '../../shared/runtime/paging';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { payoutProvider } from '../../shared/providers/payout';
import { advancePayout, WithdrawalDoc } from '../flows/withdrawals';
import { requestWithdrawal } from '../flows/withdrawal-request';
import { withdrawalView } from '../views';

/** 提现: at least the minimum, at most the available balance, at most 7 a day; deducted at once, then reviewed. A retry (same requestId) is the same withdrawal. */
export const withdraw = action({
  // WeChat asks for the payee's real name from 2,000 yuan up; one withdrawal stays below that.
  input: z.object({ amountFen: z.number().int().min(1).max(199_999, '单次提现不超过 1999.99 元'), requestId: idSchema.optional() }),
  async handler({ amountFen, requestId }, { db, openid, now }): Promise<{ withdrawalId: string; status: WithdrawalView['status'] }> {
    // The amount is part of the request: the same token with another amount (a client's bug) is another withdrawal, never a second amount under one entry key.
    const w = await requestWithdrawal(db, openid, idForRequest(openid, requestId && `${requestId}:${amountFen}`), amountFen, now);
    return { withdrawalId: w._id, status: w.status };
  },
});

export const withdrawals = action({
  input: z.object({ cursor: cursorSchema }),
  async handler({ cursor }, { db, openid }): Promise<Page<WithdrawalView>> {
    const page = await pageByTime<WithdrawalDoc>(db, 'withdrawals', { openid }, 'createdAt', cursor, 20);
    return { ...page, items: page.items.map(withdrawalView) };
  },
});

/** After the user confirmed the transfer in WeChat (wx.requestMerchantTransfer): read its state now. */
export const refreshWithdrawal = action({
  input: z.object({ withdrawalId: idSchema }),
  async handler({ withdrawalId }, { db, openid, now }): Promise<{ withdrawal: WithdrawalView }> {
    const w = await getDoc<WithdrawalDoc>(db, 'withdrawals', withdrawalId);
    if (!w || w.openid !== openid) throw new AppError('NOT_FOUND');
    if (w.status === 'awaiting_confirmation') {
      await db.collection('withdrawals').doc(withdrawalId).update({ nextAttemptAt: now });
      await advancePayout(db, payoutProvider(), withdrawalId, now);
    }
    return { withdrawal: withdrawalView((await getDoc<WithdrawalDoc>(db, 'withdrawals', withdrawalId))!) };
  },
});
