import type { Database } from '../../shared/runtime/cloud';
import type { PickupPointDoc } from '../../shared/model';
import type { CounterStaff } from '../../shared/verify-codes';

/** The points a member runs or staffs, as a query condition. */
const servedBy = (openid: string) => ({ $or: [{ ownerOpenid: openid }, { staff: openid }] });
const MAX_POINTS = 100;

/** The points whose pickups the caller may hand over: the ones they run or staff. */
export async function pointsServedBy(db: Database, openid: string): Promise<PickupPointDoc[]> {
  const _ = db.command;
  const res = await db.collection('pickupPoints').where(_.or([{ ownerOpenid: openid }, { staff: openid }])).limit(MAX_POINTS).get();
  return res.data as PickupPointDoc[];
}

/** The pickup counter: the owner or staff of a point verify its codes (the brand: any point's). */
export const POINT_STAFF: CounterStaff = {
  places: (openid, as) => ({ from: 'pickupPoints', pipeline: [{ $match: servedBy(openid) }, { $project: { _id: 1 } }, { $limit: MAX_POINTS }], as }),
  forbidden: '只有自提点的团长或店员可以核销',
};
