import { createMain } from '../shared/runtime/router';
import { afterSales, reviewAfterSale } from './actions/after-sales';
import { dispatchPickup } from './actions/dispatch-pickup';
import { assignPointStaff, listPickupPoints, myPoints, savePickupPoint } from './actions/pickup-points';
import { saveSettings, settings } from './actions/settings';
import { shipOrders } from './actions/ship-orders';
import { shipQueue } from './actions/ship-queue';
import { lookupPickup, verifyPickup } from './actions/verify-pickup';

/**
 * 履约: the brand ships and dispatches to pickup points, reviews after-sales and sets
 * the receipt and after-sale days (admin); a point's staff look up and verify pickup
 * codes (myPoints, lookupPickup, verifyPickup: owner or staff of the point, or admin).
 */
export const main = createMain('fulfilment', {
  shipQueue,
  shipOrders,
  dispatchPickup,
  lookupPickup,
  verifyPickup,
  myPoints,
  listPickupPoints,
  savePickupPoint,
  assignPointStaff,
  afterSales,
  reviewAfterSale,
  settings,
  saveSettings,
});
