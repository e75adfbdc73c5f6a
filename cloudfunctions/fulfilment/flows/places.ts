import type { Database } from '../../shared/runtime/cloud';
import type { PickupPointDoc, UserDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';

/** The points whose pickups the caller may hand over: the ones they run or staff. */
export async function pointsServedBy(db: Database, openid: string): Promise<PickupPointDoc[]> {
  const _ = db.command;
  const res = await db.collection('pickupPoints').where(_.or([{ ownerOpenid: openid }, { staff: openid }])).limit(100).get();
  return res.data as PickupPointDoc[];
}

/** Places the caller may verify codes at: null for the brand (any), else their points; none → FORBIDDEN. */
export async function allowedPlaces(db: Database, user: UserDoc): Promise<string[] | null> {
  if (user.isAdmin) return null;
  const points = await pointsServedBy(db, user._id);
  if (!points.length) throw new AppError('FORBIDDEN', '只有自提点的团长或店员可以核销');
  return points.map((p) => p._id);
}
