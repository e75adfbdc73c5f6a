import { z } from 'zod';
import type { GetDealOutput } from '../../shared/api';
import type { DealDoc, DealUserDoc, GroupDoc } from '../../shared/model';
import type { DistributorDoc } from '../../distribution/flows/codes';
import { commissionFen } from '../../shared/domain/distribution';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { openGroupView, dealView } from '../views';
import { dealPosts } from '../deal-posts';
import { dealUserKey } from '../flows/reserve';
import { readShards, totalOf } from '../flows/stock-shards';

const OPEN_GROUPS_SHOWN = 10;

/**
 * One deal, the open groups a shopper can join (soonest to expire first), a few of
 * its product's 晒单, for an active leader what sharing it earns per unit (分享赚), and
 * how many units the caller already holds under the per-user limit (myQuantity). Two
 * round trips: the deal, then everything else at once.
 */
export const getDeal = action({
  input: z.object({ dealId: idSchema }),
  async handler({ dealId }, { db, now, openid, user }): Promise<GetDealOutput> {
    const _ = db.command;
    const own = await getDoc<DealDoc>(db, 'deals', dealId);
    if (!own) throw new AppError('NOT_FOUND');
    if (own.status === 'draft' && !(await user()).isAdmin) throw new AppError('NOT_FOUND');
    // A sharded deal's stock is the sum of its shards, read beside the rest (nothing for an unsharded one).
    const [groups, posts, distributor, held, shards] = await Promise.all([
      db.collection('groups').where({ dealId, status: 'open', expiresAt: _.gt(now) }).orderBy('expiresAt', 'asc').limit(OPEN_GROUPS_SHOWN * 2).get(),
      dealPosts(db, own.productId),
      getDoc<DistributorDoc>(db, 'distributors', openid),
      getDoc<DealUserDoc>(db, 'dealUsers', dealUserKey(dealId, openid)),
      readShards(db, [own]),
    ]);
    const deal = totalOf(own, shards);
    // A group whose every member was refunded while it filled has nobody to join: it is not offered.
    const joinable = (groups.data as GroupDoc[]).filter((g) => g.seatsTaken < g.size && g.members.length > 0);
    const shareEarnFen = distributor?.status === 'active' && deal.commissionBps > 0 ? commissionFen(deal.groupPriceFen, deal.commissionBps) : null;
    return { deal: { ...dealView(deal, now), myQuantity: Math.max(0, held?.quantity ?? 0) }, openGroups: joinable.slice(0, OPEN_GROUPS_SHOWN).map(openGroupView), posts, shareEarnFen };
  },
});
