import { createMain } from '../shared/runtime/router';
import { buySolo } from './actions/buy-solo';
import { cancelOrder } from './actions/cancel-order';
import { confirmReceipt } from './actions/confirm-receipt';
import { getDeal } from './actions/get-deal';
import { getGroup } from './actions/get-group';
import { getOrder } from './actions/get-order';
import { home } from './actions/home';
import { joinGroup } from './actions/join-group';
import { listDeals } from './actions/list-deals';
import { myOrders, orderCounts } from './actions/my-orders';
import { payOrder } from './actions/pay-order';
import { pickupPoints } from './actions/pickup-points';
import { pickupCode } from './actions/pickup-code';
import { posterCode } from './actions/poster-code';
import { requestAfterSale } from './actions/request-after-sale';
import { startGroup } from './actions/start-group';

/** 拼团: deals, groups and orders. */
export const main = createMain('groupbuy', {
  home,
  listDeals,
  getDeal,
  startGroup,
  joinGroup,
  buySolo,
  getGroup,
  myOrders,
  orderCounts,
  getOrder,
  payOrder,
  cancelOrder,
  posterCode,
  confirmReceipt,
  requestAfterSale,
  pickupCode,
  pickupPoints,
});
