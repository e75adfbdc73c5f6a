import type { Database } from '../../shared/runtime/cloud';
import type { AddressView } from '../../shared/api';
import type { AddressDoc } from '../../shared/model';

/** At most this many saved addresses per member. */
export const MAX_ADDRESSES = 20;

/**
 * A saved address as stored: `defaultSeq` orders the times it was made the
 * default (time, then a random tiebreak), so concurrent choices settle on one.
 */
export type StoredAddress = AddressDoc & { defaultSeq?: string };

export function addressView(a: AddressDoc): AddressView {
  const { name, phone, region, detail, isDefault } = a;
  return { addressId: a._id, name, phone, region: [region[0], region[1], region[2]], detail, isDefault };
}

/** The default first, then the newest. */
export function byDefaultThenNewest(a: AddressDoc, b: AddressDoc): number {
  if (a.isDefault !== b.isDefault) return a.isDefault ? -1 : 1;
  return new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime();
}

/** The caller's addresses, all of them (never more than MAX_ADDRESSES, plus a concurrent few). */
export async function ownAddresses(db: Database, openid: string): Promise<StoredAddress[]> {
  const res = await db.collection('addresses').where({ openid }).limit(MAX_ADDRESSES * 2).get();
  return res.data as StoredAddress[];
}

export const defaultSeq = (now: Date, tiebreak: string) => `${String(now.getTime()).padStart(15, '0')}_${tiebreak}`;

/**
 * Makes `addressId` the member's default, exactly one default surviving any
 * number of concurrent calls without a transaction: each call marks its own
 * address with a rising `defaultSeq`, clears every default with a lower one, then
 * steps down itself if a higher one exists. The highest is never cleared, and
 * any lower one is cleared by the highest or, if marked after the highest
 * cleared, sees it and steps down.
 */
export async function makeDefault(db: Database, openid: string, addressId: string, seq: string, now: Date): Promise<void> {
  const _ = db.command;
  const addresses = db.collection('addresses');
  await addresses.where({ _id: addressId, openid }).update({ isDefault: true, defaultSeq: seq, updatedAt: now });
  await addresses.where({ openid, isDefault: true, defaultSeq: _.lt(seq) }).update({ isDefault: false, updatedAt: now });
  const higher = await addresses.where({ openid, isDefault: true, defaultSeq: _.gt(seq) }).count();
  if ((higher.total ?? 0) > 0) await addresses.where({ _id: addressId, defaultSeq: seq }).update({ isDefault: false, updatedAt: now });
}
