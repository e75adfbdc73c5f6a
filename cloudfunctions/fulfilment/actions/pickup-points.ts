import { z } from 'zod';
import type { AdminPickupPointView } from '../../shared/api';
import type { PickupPointDoc, UserDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import type { DistributorDoc } from '../../distribution/flows/codes';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { newId } from '../../shared/runtime/ids';
import { isMainlandMobile } from '../../shared/domain/delivery';
import { adminPointView } from '../views';
import { pointsServedBy } from '../flows/places';
import { memberNicknames } from '../../shared/runtime/users';

/** Views of points with their staff's nicknames and how many orders wait at each. */
async function pointViews(db: Database, points: PickupPointDoc[]): Promise<AdminPickupPointView[]> {
  const _ = db.command;
  const nicknames = await memberNicknames(db, points.flatMap((p) => p.staff));
  const waiting = await Promise.all(
    points.map(async (p) => (await db.collection('orders').where({ status: 'effective', 'delivery.point.pointId': p._id, arrivedAt: _.neq(null) }).count()).total ?? 0),
  );
  return points.map((p, i) => adminPointView(p, nicknames, waiting[i]));
}

/** 自提点管理: every point, newest first. */
export const listPickupPoints = action({
  admin: true,
  input: z.object({}),
  async handler(_input, { db }): Promise<{ items: AdminPickupPointView[] }> {
    const res = await db.collection('pickupPoints').orderBy('createdAt', 'desc').limit(200).get();
    return { items: await pointViews(db, res.data as PickupPointDoc[]) };
  },
});

/** 自提点: the points the caller runs or staffs (the brand: every active point). */
export const myPoints = action({
  input: z.object({}),
  async handler(_input, { db, openid, user }): Promise<{ items: AdminPickupPointView[] }> {
    const points = (await user()).isAdmin
      ? ((await db.collection('pickupPoints').where({ active: true }).orderBy('createdAt', 'desc').limit(200).get()).data as PickupPointDoc[])
      : await pointsServedBy(db, openid);
    return { items: await pointViews(db, points) };
  },
});

const text = (max: number, missing: string) => z.string().trim().min(1, missing).max(max);

const pointSchema = z.object({
  pointId: idSchema.optional(),
  name: text(30, '请填写自提点名称'),
  address: text(100, '请填写自提点地址'),
  hours: text(40, '请填写营业时间'),
  contactName: text(20, '请填写联系人'),
  contactPhone: z.string().trim().refine(isMainlandMobile, '联系电话需是 11 位手机号'),
  kind: z.enum(['leader', 'partner']),
  ownerOpenid: idSchema.optional(),
  active: z.boolean(),
});

/** Creates or edits a point; a leader's point is run by an active distributor. */
export const savePickupPoint = action({
  admin: true,
  input: pointSchema,
  async handler({ pointId, ownerOpenid, ...fields }, { db, now }): Promise<{ point: AdminPickupPointView }> {
    if (fields.kind === 'leader') {
      if (!ownerOpenid) throw new AppError('INVALID_ARGUMENT', '团长自提点需要指定团长');
      const distributor = await getDoc<DistributorDoc>(db, 'distributors', ownerOpenid);
      if (distributor?.status !== 'active') throw new AppError('INVALID_ARGUMENT', '这位用户不是在职的团长');
    }
    const owner = ownerOpenid ?? '';
    if (pointId) {
      const existing = await getDoc<PickupPointDoc>(db, 'pickupPoints', pointId);
      if (!existing) throw new AppError('NOT_FOUND', '自提点不存在');
      await db.collection('pickupPoints').doc(pointId).update({ ...fields, ownerOpenid: owner, updatedAt: now });
    } else {
      pointId = newId();
      const doc: PickupPointDoc = { _id: pointId, ...fields, ownerOpenid: owner, staff: [], createdAt: now, updatedAt: now };
      await db.collection('pickupPoints').add(doc);
    }
    const [point] = await pointViews(db, [(await getDoc<PickupPointDoc>(db, 'pickupPoints', pointId))!]);
    return { point };
  },
});

/** Adds (or removes) a point's staff member, who may then verify its pickup codes. */
export const assignPointStaff = action({
  admin: true,
  input: z.object({ pointId: idSchema, openid: idSchema, remove: z.boolean().optional() }),
  async handler({ pointId, openid, remove }, { db, now }): Promise<{ point: AdminPickupPointView }> {
    const _ = db.command;
    if (!(await getDoc<PickupPointDoc>(db, 'pickupPoints', pointId))) throw new AppError('NOT_FOUND', '自提点不存在');
    if (!remove && !(await getDoc<UserDoc>(db, 'users', openid))) throw new AppError('NOT_FOUND', '用户不存在');
    await db.collection('pickupPoints').doc(pointId).update({ staff: remove ? _.pull(openid) : _.addToSet(openid), updatedAt: now });
    const [point] = await pointViews(db, [(await getDoc<PickupPointDoc>(db, 'pickupPoints', pointId))!]);
    return { point };
  },
});
