import type { TestCloud } from './test-cloud';
import type { PerkDoc, VoucherDoc } from '../../cloudfunctions/shared/model';
import { adminCall } from './distribution';
import { ensureTestPoint, pay, gb, runTimer, TEST_POINT_ID } from './groupbuy';
import { codeOfOrder, fl, fulfil } from './fulfilment';

/** Calls partner as `openid`; the whole envelope. */
export function partnerCall(cloud: TestCloud, openid: string, data: Record<string, unknown>) {
  return cloud.call('partner', data, openid);
}

/** Calls partner as `openid` and returns data, failing the test on an error envelope. */
export async function pt<T = any>(cloud: TestCloud, openid: string, data: Record<string, unknown>): Promise<T> {
  const res = await partnerCall(cloud, openid, data);
  if (!res.ok) throw new Error(`partner.${String(data.action)} as ${openid}: ${res.error.code} ${res.error.message}`);
  return res.data as T;
}

/** A partner made by the brand, with `staff` who joined through one-time invitations (the real flow). */
export async function makePartner(cloud: TestCloud, name: string, staff: string[] = [], kind = 'yoga'): Promise<string> {
  const { partner } = await adminCall(cloud, {
    action: 'savePartner', name, kind, address: '上海市徐汇区测试路 9 号', hours: '每天 9:00–21:00', logo: '', intro: '测试伙伴', phone: '', active: true,
  });
  for (const openid of staff) {
    const { invitation } = await adminCall(cloud, { action: 'invitePartnerStaff', partnerId: partner.partnerId });
    await pt(cloud, openid, { action: 'acceptInvitation', token: invitation.token });
  }
  return partner.partnerId;
}

/** A perk on a deal through admin.savePerk (30-day vouchers, one per member unless told). */
export async function makePerk(cloud: TestCloud, dealId: string, partnerId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const { perk } = await adminCall(cloud, {
    action: 'savePerk', dealId, partnerId, service: '一节瑜伽体验课', terms: '提前一天预约', total: 100, validity: { mode: 'days', days: 30 }, perMember: 1, active: true, ...overrides,
  });
  return perk.perkId;
}

/** Paid pickup orders whose goods reached the test point: each with the pickup code that completes it. */
export async function arrivedOrders(cloud: TestCloud, dealId: string, buyers: string[], quantity = 1): Promise<{ orderId: string; code: string }[]> {
  await ensureTestPoint(cloud);
  const orderIds = await Promise.all(
    buyers.map(async (buyer) => {
      const { orderId } = await gb(cloud, buyer, { action: 'buySolo', dealId, quantity, delivery: { mode: 'pickup', pointId: TEST_POINT_ID } });
      await pay(cloud, orderId);
      return orderId as string;
    }),
  );
  await fl(cloud, { action: 'dispatchPickup', pointId: TEST_POINT_ID, orderIds });
  return Promise.all(orderIds.map(async (orderId) => ({ orderId, code: (await codeOfOrder(cloud, orderId))._id })));
}

/** Completes an arrived order the way a member does: the point verifies its pickup code (the brand here). */
export function verifyPickup(cloud: TestCloud, code: string) {
  return fulfil(cloud, { action: 'verifyPickup', code });
}

/** The outbox's minute: the drainOutbox job once (completed orders' vouchers, attendance growth, ...). */
export function drainOutbox(cloud: TestCloud) {
  return runTimer(cloud, 'drainOutbox');
}

/** A completed order of the deal (bought, paid, at the point, picked up), with its vouchers issued by the outbox. */
export async function completedOrder(cloud: TestCloud, dealId: string, buyer: string, quantity = 1): Promise<string> {
  const [{ orderId, code }] = await arrivedOrders(cloud, dealId, [buyer], quantity);
  const res = await verifyPickup(cloud, code);
  if (!res.ok) throw new Error(`verifyPickup: ${res.error.code}`);
  await drainOutbox(cloud);
  return orderId;
}

export async function vouchersWhere(cloud: TestCloud, where: Record<string, unknown>): Promise<VoucherDoc[]> {
  return (await cloud.db.collection('vouchers').where(where).limit(1000).get()).data as VoucherDoc[];
}

export async function readPerk(cloud: TestCloud, perkId: string): Promise<PerkDoc> {
  return (await cloud.db.collection('perks').doc(perkId).get()).data[0];
}
