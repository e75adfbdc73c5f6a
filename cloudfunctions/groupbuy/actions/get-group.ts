import { z } from 'zod';
import type { GroupView } from '../../shared/api';
import type { DealDoc, GroupDoc, OrderDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { groupView } from '../views';
import { finishOwnPaidOrder } from '../flows/paid-work';
import { withStockTotals } from '../flows/stock-shards';

/** A group page: anyone with the link may see an opened group; a pending one only its leader. */
export const getGroup = action({
  input: z.object({ groupId: idSchema }),
  async handler({ groupId }, { db, now, openid }): Promise<{ group: GroupView }> {
    let group = await getDoc<GroupDoc>(db, 'groups', groupId);
    const visible = group && (group.status !== 'pending' || group.leaderOpenid === openid);
    if (!group || !visible) throw new AppError('NOT_FOUND');
    const own = await getDoc<DealDoc>(db, 'deals', group.dealId);
    if (!own) throw new AppError('NOT_FOUND');
    const [deal] = await withStockTotals(db, [own]); // a sharded deal's stock is the sum of its shards
    const mine = group.members.find((m) => m.openid === openid);
    let order = mine ? await getDoc<OrderDoc>(db, 'orders', mine.orderId) : null;
    // Just paid: the payment's outbox task runs first, and the page shows the group it made.
    const finished = await finishOwnPaidOrder(db, order, now);
    if (finished) {
      order = finished;
      group = (await getDoc<GroupDoc>(db, 'groups', groupId)) ?? group;
    }
    return { group: groupView(group, deal, openid, order, now) };
  },
});
