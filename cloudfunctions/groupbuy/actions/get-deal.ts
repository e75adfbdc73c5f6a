import { z } from 'zod';
import type { GetDealOutput } from '../../shared/api';
import type { DealDoc, GroupDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { openGroupView, dealView } from '../views';

const OPEN_GROUPS_SHOWN = 10;

/** One deal and the open groups a shopper can join, soonest to expire first. */
export const getDeal = action({
  input: z.object({ dealId: idSchema }),
  async handler({ dealId }, { db, now, user }): Promise<GetDealOutput> {
    const _ = db.command;
    const deal = await getDoc<DealDoc>(db, 'deals', dealId);
    if (!deal) throw new AppError('NOT_FOUND');
    if (deal.status === 'draft' && !(await user()).isAdmin) throw new AppError('NOT_FOUND');
    const groups = await db
      .collection('groups')
      .where({ dealId, status: 'open', expiresAt: _.gt(now) })
      .orderBy('expiresAt', 'asc')
      .limit(OPEN_GROUPS_SHOWN * 2)
      .get();
    // A group whose every member was refunded while it filled has nobody to join: it is not offered.
    const joinable = (groups.data as GroupDoc[]).filter((g) => g.seatsTaken < g.size && g.members.length > 0);
    return { deal: dealView(deal, now), openGroups: joinable.slice(0, OPEN_GROUPS_SHOWN).map(openGroupView) };
  },
});
