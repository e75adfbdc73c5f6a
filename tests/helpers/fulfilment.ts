import type { TestCloud } from './test-cloud';
import type { AddressDoc, PickupPointDoc, VerifyCodeDoc } from '../../cloudfunctions/shared/model';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { gb, pay, readOrder } from './groupbuy';

/** Calls fulfilment as `openid` (the brand by default); the whole envelope. */
export function fulfil(cloud: TestCloud, data: Record<string, unknown>, openid = 'demo-admin') {
  return cloud.call('fulfilment', data, openid);
}

/** Calls fulfilment and returns data, failing the test on an error envelope. */
export async function fl<T = any>(cloud: TestCloud, data: Record<string, unknown>, openid = 'demo-admin'): Promise<T> {
  const res = await fulfil(cloud, data, openid);
  if (!res.ok) throw new Error(`fulfilment.${String(data.action)} as ${openid}: ${res.error.code} ${res.error.message}`);
  return res.data as T;
}

/** A saved default address of `openid`, written straight into the database. */
export async function addressOf(cloud: TestCloud, openid: string, phone = '13912345678'): Promise<string> {
  const at = now();
  const doc: Omit<AddressDoc, '_id'> = { openid, name: '王小明', phone, region: ['上海市', '上海市', '徐汇区'], detail: '漕溪北路 1 号', isDefault: true, createdAt: at, updatedAt: at };
  await cloud.db.collection('addresses').doc(`addr-${openid}`).set(doc);
  return `addr-${openid}`;
}

/** A pickup point run by `ownerOpenid` (a partner's, so no distributor is needed). */
export async function pointOf(cloud: TestCloud, pointId: string, ownerOpenid: string, staff: string[] = []): Promise<string> {
  const at = now();
  const point: Omit<PickupPointDoc, '_id'> = {
    name: `自提点 ${pointId}`, address: '上海市徐汇区测试路 2 号', hours: '每天 9:00–21:00', contactName: '店长', contactPhone: '13800000001',
    kind: 'partner', ownerOpenid, staff, active: true, createdAt: at, updatedAt: at,
  };
  await cloud.db.collection('pickupPoints').doc(pointId).set(point);
  return pointId;
}

/** A paid solo order (effective at once) with the given delivery. */
export async function paidOrder(cloud: TestCloud, buyer: string, dealId: string, delivery: Record<string, unknown>, quantity = 1): Promise<string> {
  const { orderId } = await gb(cloud, buyer, { action: 'buySolo', dealId, quantity, delivery });
  await pay(cloud, orderId);
  return orderId;
}

/** The pickup code issued for an order (as the shopper sees it). */
export async function codeOfOrder(cloud: TestCloud, orderId: string): Promise<VerifyCodeDoc> {
  const order = await readOrder(cloud, orderId);
  return (await cloud.db.collection('verifyCodes').doc(order.pickupCodeId!).get()).data[0];
}

/** The shipping information the sandbox received (what WeChat would have). */
export async function shippingUploads(cloud: TestCloud): Promise<{ orderId: string; mode: string; trackingNo: string }[]> {
  return (await (await fetch(`${cloud.url}/dev/shipping`)).json()).data.uploads;
}

/** Completes effective orders as they would in life: express shipped and received, pickup dispatched and verified. */
export async function receiveOrders(cloud: TestCloud, orderIds: string[]): Promise<void> {
  for (const orderId of orderIds) {
    const order = await readOrder(cloud, orderId);
    if (order.status !== 'effective') continue;
    if (order.delivery?.mode === 'pickup') {
      await fl(cloud, { action: 'dispatchPickup', pointId: order.delivery.point.pointId, orderIds: [orderId] });
      await fl(cloud, { action: 'verifyPickup', code: (await codeOfOrder(cloud, orderId))._id });
    } else {
      await fl(cloud, { action: 'shipOrders', items: [{ orderId, company: '顺丰速运', trackingNo: `SF${orderId.slice(0, 10)}` }] });
      await gb(cloud, order.openid, { action: 'confirmReceipt', orderId });
    }
  }
}
