import { invocationContext } from '../../emulator/functions-host';
import { sandboxPaymentProvider } from '../../cloudfunctions/shared/providers/payment';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import type { OrderDoc } from '../../cloudfunctions/shared/model';
import { COCREATOR, dealId, RoundTripCall, Scene, SHOPPER } from './scene';

const express = async (s: Scene) => ({ mode: 'express', addressId: await s.idOf('addresses', { openid: SHOPPER, isDefault: true }) });
/** 小满's seeded orders: an express group order shipped to her (effective), a pickup one at the point, a completed one. */
const shopperOrder = (s: Scene, kind: 'group' | 'solo', status: string) => s.idOf('orders', { openid: SHOPPER, kind, status });

/** As the sandbox's pay sheet does: the payment notification for an unpaid order, through payNotify's HTTP entry. */
async function notifyPaid(s: Scene, orderId: string): Promise<unknown> {
  const order = (await s.cloud.db.collection('orders').doc(orderId).get()).data[0] as OrderDoc;
  const http = sandboxPaymentProvider().signNotification({ outTradeNo: orderId, amountFen: order.amountFen, payerOpenid: order.openid, paidAt: now() });
  const event = { httpMethod: 'POST', headers: http.headers, body: http.body, isBase64Encoded: false };
  return s.cloud.functions.get('payNotify')!(event, invocationContext('payNotify', { source: 'http' }));
}

/** 拼团 as 小满 goes through it: the home list, a deal, a checkout of each kind, paying, the group, her orders. */
export const groupbuyCalls: RoundTripCall[] = [
  { key: 'groupbuy.home', as: SHOPPER, data: () => ({ action: 'home' }) },
  { key: 'groupbuy.listDeals', as: SHOPPER, data: () => ({ action: 'listDeals' }) },
  { key: 'groupbuy.listDeals · search', as: SHOPPER, data: () => ({ action: 'listDeals', q: '碗' }) },
  { key: 'groupbuy.getDeal', as: SHOPPER, data: async (s) => ({ action: 'getDeal', dealId: await dealId(s, '晨光能量碗') }) },
  { key: 'groupbuy.pickupPoints', as: SHOPPER, data: async (s) => ({ action: 'pickupPoints', dealId: await dealId(s, '晨光能量碗') }) },
  {
    key: 'groupbuy.startGroup',
    as: SHOPPER,
    data: async (s) => ({ action: 'startGroup', dealId: await dealId(s, '有机杂粮礼盒'), delivery: await express(s) }),
    keep: (s, a) => void Object.assign(s.kept, { leaderOrder: a.orderId, newGroup: a.groupId }),
  },
  { key: 'payNotify', as: SHOPPER, data: () => ({}), run: (s) => notifyPaid(s, s.kept.leaderOrder) },
  { key: 'groupbuy.getOrder · just paid', as: SHOPPER, data: (s) => ({ action: 'getOrder', orderId: s.kept.leaderOrder }) },
  { key: 'groupbuy.getGroup', as: SHOPPER, data: (s) => ({ action: 'getGroup', groupId: s.kept.newGroup }) },
  {
    key: 'groupbuy.joinGroup',
    as: SHOPPER,
    data: async (s) => ({ action: 'joinGroup', groupId: await s.idOf('groups', { leaderOpenid: COCREATOR, status: 'open' }), delivery: await express(s) }),
    keep: (s, a) => void (s.kept.joinOrder = a.orderId),
  },
  { key: 'groupbuy.payOrder', as: SHOPPER, data: (s) => ({ action: 'payOrder', orderId: s.kept.joinOrder }) },
  {
    key: 'groupbuy.buySolo',
    as: SHOPPER,
    data: async (s) => ({ action: 'buySolo', dealId: await dealId(s, '燕麦坚果脆'), delivery: await express(s) }),
    keep: (s, a) => void (s.kept.soloOrder = a.orderId),
  },
  { key: 'groupbuy.cancelOrder', as: SHOPPER, data: (s) => ({ action: 'cancelOrder', orderId: s.kept.soloOrder }) },
  { key: 'groupbuy.myOrders', as: SHOPPER, data: () => ({ action: 'myOrders' }) },
  { key: 'groupbuy.myOrders · one tab', as: SHOPPER, data: () => ({ action: 'myOrders', status: 'to_receive' }) },
  { key: 'groupbuy.orderCounts', as: SHOPPER, data: () => ({ action: 'orderCounts' }) },
  { key: 'groupbuy.getOrder', as: SHOPPER, data: async (s) => ({ action: 'getOrder', orderId: await shopperOrder(s, 'group', 'effective') }) },
  { key: 'groupbuy.posterCode', as: SHOPPER, data: () => ({ action: 'posterCode', page: 'pages/group/index', scene: 'AbCdEfGhIjKlMnOpQrStUv.YZ7KQ3MP' }) },
  { key: 'groupbuy.confirmReceipt', as: SHOPPER, data: async (s) => ({ action: 'confirmReceipt', orderId: await shopperOrder(s, 'group', 'effective') }) },
  {
    key: 'groupbuy.requestAfterSale',
    as: SHOPPER,
    data: async (s) => ({ action: 'requestAfterSale', orderId: await shopperOrder(s, 'solo', 'completed'), kind: 'refund_only', reason: '收到时包装破损，酸奶漏了' }),
  },
  {
    key: 'groupbuy.pickupCode',
    as: SHOPPER,
    data: async (s) => ({ action: 'pickupCode', orderId: await shopperOrder(s, 'solo', 'effective') }),
    keep: (s, a) => void (s.kept.pickupCode = a.code),
  },
];
