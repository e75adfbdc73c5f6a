import { z } from 'zod';
import type { GetDealOutput } from '../../shared/api';
import { commissionFen } from '../../shared/domain/distribution';
import { unitsHeld } from '../../shared/domain/buyer-limit';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { idSchema } from '../../shared/runtime/schemas';
import { openGroupView, dealView } from '../views';
import { dealPosts } from '../deal-posts';
import { readDealPage } from '../deal-page-read';
import { totalOf } from '../flows/stock-shards';

const OPEN_GROUPS_SHOWN = 10;

/**
 * One deal, the open groups a shopper can join (soonest to expire first), a few of
 * its product's 晒单, for an active leader what sharing it earns per unit (分享赚), and
 * how many units the caller already holds under the per-user limit (myQuantity). Two
 * round trips: the deal with everything keyed by it (one aggregate), then its product's 晒单.
 * A sharded deal shows the sum of its shards.
 */
export const getDeal = action({
  input: z.object({ dealId: idSchema }),
  async handler({ dealId }, { db, now, openid, user }): Promise<GetDealOutput> {
    const read = await readDealPage(db, dealId, openid, now);
    if (!read) throw new AppError('NOT_FOUND');
    if (read.deal.status === 'draft' && !(await user()).isAdmin) throw new AppError('NOT_FOUND');
    const posts = await dealPosts(db, read.deal.productId);
    const deal = totalOf(read.deal, read.shards);
    // A group whose every member was refunded while it filled has nobody to join: it is not offered.
    const joinable = read.groups.filter((g) => g.seatsTaken < g.size && g.members.length > 0);
    const shareEarnFen = read.distributor?.status === 'active' && deal.commissionBps > 0 ? commissionFen(deal.groupPriceFen, deal.commissionBps) : null;
    return { deal: { ...dealView(deal, now), myQuantity: unitsHeld(read.mine) }, openGroups: joinable.slice(0, OPEN_GROUPS_SHOWN).map(openGroupView), posts, shareEarnFen };
  },
});
