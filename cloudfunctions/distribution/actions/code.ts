import { z } from 'zod';
import type { Api } from '../../shared/api';
import type { UserDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { bindByCode } from '../flows/binding';
import type { DistributorDoc } from '../flows/codes';

/** The caller's own distribution code; only active distributors have one to share. */
export const myCode = action({
  input: z.object({}),
  async handler(_input, { db, openid }): Promise<{ code: string }> {
    const distributor = await getDoc<DistributorDoc>(db, 'distributors', openid);
    if (!distributor || distributor.status !== 'active') throw new AppError('FORBIDDEN', '你还不是团长，申请通过后即可获得分销码');
    return { code: distributor.code };
  },
});

/**
 * Opening a card or poster with a code binds the shopper to its distributor
 * (first valid binding wins). Refusals are not errors: the card still opens.
 */
export const bind = action({
  input: z.object({ code: z.string().min(1).max(16).regex(/^[A-Za-z0-9]+$/, '格式不正确') }),
  async handler({ code }, { db, openid, now }): Promise<Api['distribution']['bind'][1]> {
    const outcome = await bindByCode(db, openid, code.toUpperCase(), now);
    if (!outcome.bound) return { bound: false, distributor: null };
    const user = await getDoc<UserDoc>(db, 'users', outcome.distributor._id);
    return { bound: true, distributor: { nickname: user?.nickname ?? '', avatar: user?.avatar ?? '' } };
  },
});
