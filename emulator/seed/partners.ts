import type { LocalCloud } from '../local-cloud';
import type { AdminPartnerView, EventDetail, PerkView } from '../../cloudfunctions/shared/api';
import type { OrderDoc } from '../../cloudfunctions/shared/model';
import { database } from '../../cloudfunctions/shared/runtime/cloud';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { deliverSandboxPayment } from '../sandbox-pay';
import { callAs } from './call';
import { demoDelivery } from './addresses';
import { issueDueVouchers } from '../../cloudfunctions/partner/flows/vouchers';
import { grantDueAttendance } from '../../cloudfunctions/partner/flows/attendance';
import { issueDueTickets } from '../../cloudfunctions/partner/flows/tickets';
import type { SeedIds } from './index';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const file = (name: string) => `cloud://gongying-local.local-bucket/partners/${name}.png`;
const at = (offsetMs: number) => new Date(now().getTime() + offsetMs);

/**
 * The seed article's third party, through the real functions: 山月瑜伽 (a yoga
 * studio) and 麦田咖啡 (a café) as partners whose staff joined by invitation; a
 * perk on 《晨光能量碗》 (一节瑜伽体验课); 小满 and 木木 buy the bowl, receive it
 * and get their vouchers, and 木木's is redeemed at the studio; 原野生活日 took
 * place last week at the café with attendance, and a sunrise yoga class is open
 * for sign-up (共创官 first). Skipped when 山月瑜伽 exists.
 */
export async function seedPartners(cloud: LocalCloud, ids: SeedIds): Promise<void> {
  const db = database();
  if ((await db.collection('partners').where({ name: '山月瑜伽' }).limit(1).get()).data.length) return;
  const admin = <T = any>(data: Record<string, unknown>) => callAs<T>(cloud, 'admin', 'demo-admin', data);
  const partner = <T = any>(openid: string, data: Record<string, unknown>) => callAs<T>(cloud, 'partner', openid, data);

  const yoga = await admin<{ partner: AdminPartnerView }>({
    action: 'savePartner',
    name: '山月瑜伽',
    kind: 'yoga',
    address: '上海市徐汇区天平路 88 号 2 楼',
    location: { latitude: 31.2036, longitude: 121.4419 },
    hours: '周一至周日 7:00–21:30',
    logo: file('partner-yoga'),
    intro: '小班哈他与流瑜伽，晨练课 7:00 开始。和原野生活一起，把早餐和运动放进同一个早晨。',
    phone: '021-64380101',
    active: true,
  });
  const cafe = await admin<{ partner: AdminPartnerView }>({
    action: 'savePartner',
    name: '麦田咖啡',
    kind: 'cafe',
    address: '上海市长宁区愚园路 1088 号',
    location: { latitude: 31.2213, longitude: 121.4264 },
    hours: '每天 8:00–20:00',
    logo: file('partner-cafe'),
    intro: '社区里的烘焙咖啡馆，原野生活的线下据点：新品试吃、共创沙龙和原野生活日都在这里。',
    phone: '021-62110088',
    active: true,
  });
  const yogaId = yoga.partner.partnerId;
  const cafeId = cafe.partner.partnerId;
  for (const [partnerId, openid] of [[yogaId, 'demo-yoga'], [cafeId, 'demo-cafe']]) {
    const { invitation } = await admin<{ invitation: { token: string } }>({ action: 'invitePartnerStaff', partnerId });
    await partner(openid, { action: 'acceptInvitation', token: invitation.token });
  }

  const bowl = ids('deal:morning-bowl');
  await admin<{ perk: PerkView }>({
    action: 'savePerk',
    dealId: bowl,
    partnerId: yogaId,
    service: '一节瑜伽体验课',
    terms: '到店前一天电话预约，凭券码上课；限本人使用，不可兑换现金。',
    total: 200,
    validity: { mode: 'days', days: 30 },
    perMember: 2,
    active: true,
  });

  // 小满 and 木木 buy the bowl for delivery, receive it, and each gets a voucher; 木木 uses hers.
  for (const openid of ['demo-shopper', 'demo-mumu']) {
    const order = await receivedOrder(cloud, ids, bowl, openid);
    await issueDueVouchers(db, now()); // the outbox's minute: the completed order's vouchers
    if (openid === 'demo-mumu') {
      const { items } = await partner<{ items: { code: string; orderId: string }[] }>(openid, { action: 'myVouchers', status: 'active' });
      const voucher = items.find((v) => v.orderId === order._id);
      if (voucher) await partner('demo-yoga', { action: 'redeemVoucher', code: voucher.code });
    }
  }

  // 原野生活日 at the café: signed up and checked in, then moved into last week (history the seed cannot live through).
  const fieldDay = await admin<{ event: EventDetail }>({
    action: 'saveEvent',
    title: '原野生活日 · 秋日野餐',
    startAt: at(HOUR).toISOString(),
    endAt: at(4 * HOUR).toISOString(),
    place: '麦田咖啡 后院草坪',
    partnerId: cafeId,
    capacity: 30,
    gate: null,
    signupOpensAt: '',
    cover: file('event-field-day'),
    description: '带上野餐垫，来和共创官们一起试吃秋冬新品、聊聊下一款产品。现场有咖啡师手冲和亲子手作。',
    attendGrowth: 30,
    status: 'published',
  });
  const fieldDayId = fieldDay.event.eventId;
  // 小满 stays an 探索者 in the demo: she did not go.
  const went = ['demo-cocreator', 'demo-qing', 'demo-mumu', 'demo-officer'];
  for (const openid of [...went, 'demo-tiantian']) await partner(openid, { action: 'signUp', eventId: fieldDayId });
  await issueDueTickets(db, now()); // the outbox's minute: the tickets of seats taken first
  for (const openid of went) {
    const { event } = await partner<{ event: EventDetail }>(openid, { action: 'getEvent', eventId: fieldDayId });
    if (event.signup?.code) await partner('demo-cafe', { action: 'checkInAttendee', code: event.signup.code });
  }
  await grantDueAttendance(db, now()); // the outbox's minute: attendance growth
  const lastWeek = (offset: number) => new Date(now().getTime() - 7 * DAY + offset);
  await db.collection('events').doc(fieldDayId).update({ signupOpensAt: lastWeek(-5 * DAY), startAt: lastWeek(0), endAt: lastWeek(3 * HOUR), endedAt: lastWeek(3 * HOUR) });

  // A sunrise class at the studio next week, 共创官 first for a day.
  const sunrise = await admin<{ event: EventDetail }>({
    action: 'saveEvent',
    title: '日出瑜伽 + 能量早餐',
    startAt: dayAt(6, 7),
    endAt: dayAt(6, 9),
    place: '山月瑜伽 2 楼大教室',
    partnerId: yogaId,
    capacity: 20,
    gate: { tier: 'cocreator', hours: 24 },
    signupOpensAt: '',
    cover: file('event-yoga-morning'),
    description: '林老师带一节 60 分钟的晨间流瑜伽，课后一起吃晨光能量碗，聊聊你想要的下一种口味。自带瑜伽垫可获赠燕麦脆一袋。',
    attendGrowth: 20,
    status: 'published',
  });
  for (const openid of ['demo-cocreator']) await partner(openid, { action: 'signUp', eventId: sunrise.event.eventId });
  await issueDueTickets(db, now());
}

/** `days` days from now at `hour`:00 China time, as an ISO time. */
function dayAt(days: number, hour: number): string {
  const d = new Date(now().getTime() + days * DAY + 8 * HOUR);
  d.setUTCHours(hour, 0, 0, 0);
  return new Date(d.getTime() - 8 * HOUR).toISOString();
}

/** A solo express order of the deal, paid, shipped and received (so it completes). */
async function receivedOrder(cloud: LocalCloud, ids: SeedIds, dealId: string, openid: string): Promise<OrderDoc> {
  const delivery = await demoDelivery(cloud, ids, openid);
  const { orderId } = await callAs<{ orderId: string }>(cloud, 'groupbuy', openid, { action: 'buySolo', dealId, delivery });
  if (!(await deliverSandboxPayment(cloud, orderId)).ok) throw new Error(`seed: payment of ${orderId} failed`);
  await callAs(cloud, 'fulfilment', 'demo-admin', { action: 'shipOrders', items: [{ orderId, company: '顺丰速运', trackingNo: `SF${Date.now()}${openid.length}` }] });
  await callAs(cloud, 'groupbuy', openid, { action: 'confirmReceipt', orderId });
  return (await database().collection('orders').doc(orderId).get()).data[0] as OrderDoc;
}
