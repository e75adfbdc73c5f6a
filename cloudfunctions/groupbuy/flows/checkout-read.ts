import type { Database } from '../../shared/runtime/cloud';
import { joinedOne as first, JoinedRow as Row, lookupById as byId, readJoined } from '../../shared/runtime/aggregate';
import type { DeliveryChoice } from '../../shared/api';
import type { AddressDoc, CouponDoc, DealDoc, GroupDoc, OrderDoc, PickupPointDoc, UserDoc } from '../../shared/model';
import type { BuyerOrder } from '../../shared/domain/buyer-limit';
import { bindLookups, bindReadsOf, BindingDoc, BindReads } from '../../distribution/flows/binding';
import type { DistributorDoc } from '../../distribution/flows/codes';

/**
 * Everything a checkout reads, in one database round trip: one aggregate from the
 * deal (or from the group being joined, then its deal), joined by id to the buyer's
 * profile, distribution binding and its distributor, the chosen address or pickup
 * point, the coupon, and the buyer's own orders on the deal (the per-user limit).
 */
export interface CheckoutRead {
  deal: DealDoc;
  /** The group being joined (joinGroup only). */
  group: GroupDoc | null;
  /** Null for a buyer seen for the first time (no profile yet). */
  buyer: UserDoc | null;
  binding: BindingDoc | null;
  distributor: DistributorDoc | null;
  place: AddressDoc | PickupPointDoc | null;
  coupon: CouponDoc | null;
  /** The order the coupon is locked to, if any (a cancel that died before giving the coupon back leaves it locked to a cancelled order). */
  couponHolder: Pick<OrderDoc, '_id' | 'status'> | null;
  mine: BuyerOrder[];
  /** With an arrival code: what binding the buyer by it needs (bindByCode). */
  bindReads: BindReads | null;
}

export interface CheckoutTarget {
  openid: string;
  delivery: DeliveryChoice;
  couponId?: string;
  /** The arrival code: what binding by it reads is read too (used only if the buyer has no valid binding). */
  code?: string | null;
}


/** The lookups every checkout makes, by ids the request names (the buyer, the place, the coupon). */
function buyerLookups(t: CheckoutTarget, mine: Row): Row[] {
  const place = t.delivery.mode === 'express' ? byId('addresses', t.delivery.addressId, 'place') : byId('pickupPoints', t.delivery.pointId, 'place');
  return [
    byId('users', t.openid, 'buyer'),
    byId('bindings', t.openid, 'binding'),
    { from: 'distributors', localField: 'binding.distributorOpenid', foreignField: '_id', as: 'distributor' },
    place,
    ...(t.couponId
      ? [byId('coupons', t.couponId, 'coupon'), { from: 'orders', localField: 'coupon.orderId', foreignField: '_id', as: 'couponHolder' }]
      : []),
    mine,
    ...(t.code ? bindLookups(t.code) : []),
  ];
}

const ORDER_FIELDS = { $project: { _id: 0, status: 1, quantity: 1, slot: 1 } };

function readOf(row: Row, deal: DealDoc | null, group: GroupDoc | null, t: CheckoutTarget): CheckoutRead | null {
  if (!deal) return null;
  const binding = first<BindingDoc>(row, 'binding');
  return {
    deal,
    group,
    buyer: first<UserDoc>(row, 'buyer'),
    binding,
    distributor: first<DistributorDoc>(row, 'distributor'),
    place: first<AddressDoc | PickupPointDoc>(row, 'place'),
    coupon: first<CouponDoc>(row, 'coupon'),
    couponHolder: first<Pick<OrderDoc, '_id' | 'status'>>(row, 'couponHolder'),
    mine: (row.mine as BuyerOrder[] | undefined) ?? [],
    bindReads: t.code ? bindReadsOf(row, binding) : null,
  };
}

const strip = (row: Row, fields: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => !fields.includes(k)));
const JOINED = ['buyer', 'binding', 'distributor', 'place', 'coupon', 'couponHolder', 'mine', 'deal', 'bindCode', 'bindDistributor', 'bindBoundTo', 'bindConfig'];

/** A checkout of the deal (startGroup, buySolo); null when there is no such deal. */
export async function readDealCheckout(db: Database, dealId: string, t: CheckoutTarget): Promise<CheckoutRead | null> {
  const mine = { from: 'orders', pipeline: [{ $match: { openid: t.openid, dealId } }, ORDER_FIELDS], as: 'mine' };
  const row = await readJoined(db, 'deals', dealId, buyerLookups(t, mine));
  return row ? readOf(row, strip(row, JOINED) as unknown as DealDoc, null, t) : null;
}

/** A checkout joining the group (joinGroup): the group, its deal and the rest; null when there is no such group or deal. */
export async function readGroupCheckout(db: Database, groupId: string, t: CheckoutTarget): Promise<CheckoutRead | null> {
  const mine = {
    from: 'orders',
    let: { dealId: '$dealId' },
    pipeline: [{ $match: { openid: t.openid } }, { $match: { $expr: { $eq: ['$dealId', '$$dealId'] } } }, ORDER_FIELDS],
    as: 'mine',
  };
  const row = await readJoined(db, 'groups', groupId, [{ from: 'deals', localField: 'dealId', foreignField: '_id', as: 'deal' }, ...buyerLookups(t, mine)]);
  return row ? readOf(row, first<DealDoc>(row, 'deal'), strip(row, JOINED) as unknown as GroupDoc, t) : null;
}
