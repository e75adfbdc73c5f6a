import type { Database } from '../../shared/runtime/cloud';
import type { DeliveryChoice } from '../../shared/api';
import type { AddressDoc, DealDoc, OrderDelivery, PickupPointDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc } from '../../shared/runtime/documents';
import { DEFAULT_DEAL_DELIVERY, DealDelivery, offersMode } from '../../shared/domain/delivery';

/** What a deal offers (deals made before fulfilment: both modes, free shipping). */
export const dealDelivery = (deal: DealDoc): DealDelivery => deal.delivery ?? DEFAULT_DEAL_DELIVERY;

type Place = AddressDoc | PickupPointDoc | null;

/** The address or pickup point the shopper chose, read once (alongside the deal, by the caller). */
export function readPlace(db: Database, choice: DeliveryChoice): Promise<Place> {
  return choice.mode === 'express'
    ? getDoc<AddressDoc>(db, 'addresses', choice.addressId)
    : getDoc<PickupPointDoc>(db, 'pickupPoints', choice.pointId);
}

/**
 * The order's delivery snapshot, or why the choice is refused: a mode the deal
 * does not offer, someone else's (or no) address, a missing or retired point.
 * The order keeps the snapshot, so a later edit of the address changes nothing.
 */
export function deliverySnapshot(deal: DealDoc, choice: DeliveryChoice, place: Place, openid: string): OrderDelivery {
  if (!offersMode(dealDelivery(deal), choice.mode)) throw new AppError('DELIVERY_UNAVAILABLE');
  if (choice.mode === 'express') {
    const address = place as AddressDoc | null;
    if (!address || address.openid !== openid) throw new AppError('NOT_FOUND', '收货地址不存在');
    const { name, phone, region, detail } = address;
    return { mode: 'express', address: { name, phone, region: [region[0], region[1], region[2]], detail } };
  }
  const point = place as PickupPointDoc | null;
  if (!point || !point.active) throw new AppError('NOT_FOUND', '自提点不存在或已停用');
  const { name, address, hours, contactPhone } = point;
  return { mode: 'pickup', point: { pointId: point._id, name, address, hours, contactPhone } };
}
