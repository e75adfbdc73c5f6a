import { z } from 'zod';
import type { PickupPointView } from '../../shared/api';
import type { DealDoc, PickupPointDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { validBinding } from '../../distribution/flows/binding';
import { dealDelivery } from '../flows/checkout-delivery';

const MAX_POINTS = 100;

export function pickupPointView(p: PickupPointDoc, suggested: boolean): PickupPointView {
  const { name, address, hours, contactName, contactPhone, kind } = p;
  return { pointId: p._id, name, address, hours, contactName, contactPhone, kind, suggested };
}

/**
 * 自提点 a shopper may choose: the active ones, newest first, with the point of
 * the leader the caller is bound to first and marked suggested. None for a deal
 * that does not offer pickup.
 */
export const pickupPoints = action({
  input: z.object({ dealId: idSchema.optional() }),
  async handler({ dealId }, { db, now, openid }): Promise<{ items: PickupPointView[] }> {
    if (dealId) {
      const deal = await getDoc<DealDoc>(db, 'deals', dealId);
      if (!deal || deal.status === 'draft') throw new AppError('NOT_FOUND');
      if (!dealDelivery(deal).pickup) return { items: [] };
    }
    const [points, binding] = await Promise.all([
      db.collection('pickupPoints').where({ active: true }).orderBy('createdAt', 'desc').limit(MAX_POINTS).get(),
      validBinding(db, openid, now),
    ]);
    const leader = binding?.distributorOpenid;
    const views = (points.data as PickupPointDoc[]).map((p) => pickupPointView(p, Boolean(leader) && p.ownerOpenid === leader));
    return { items: [...views.filter((v) => v.suggested), ...views.filter((v) => !v.suggested)] };
  },
});
