import { ADMIN, CAFE_STAFF, COCREATOR, dealId, LEADER_CODE, RoundTripCall, Scene, SHOPPER, TIANTIAN, YOGA_STAFF } from './scene';

const yogaEvent = (s: Scene) => s.idOf('events', { title: '日出瑜伽 + 能量早餐' });
const NEW_STAFF = 'bench-barista';

/** The code a member shows staff, as their own page reads it (not counted). */
async function ticketCode(s: Scene, openid: string, title: string): Promise<string> {
  const { event } = await s.call('partner', openid, { action: 'getEvent', eventId: await s.idOf('events', { title }) });
  return event.signup.code;
}

/** 合作伙伴: 麦田咖啡's staff post an event; 小满's events and vouchers; the staff at the counter; a new barista joining. */
export const partnerCalls: RoundTripCall[] = [
  {
    key: 'partner.saveEvent',
    as: CAFE_STAFF,
    data: async (s) => {
      const start = Date.now() + 7 * 86_400_000;
      return {
        action: 'saveEvent', title: '手冲咖啡体验课', startAt: new Date(start).toISOString(), endAt: new Date(start + 2 * 3_600_000).toISOString(),
        place: '麦田咖啡 · 二楼', partnerId: await s.idOf('partners', { name: '麦田咖啡' }), capacity: 12, gate: null, signupOpensAt: '',
        cover: '', description: '从磨豆到冲煮，带走一包自己挑的豆子', attendGrowth: 10, status: 'published',
      };
    },
    keep: (s, a) => void (s.kept.eventId = a.event.eventId),
  },
  { key: 'partner.listEvents', as: SHOPPER, data: () => ({ action: 'listEvents' }) },
  { key: 'partner.getEvent', as: SHOPPER, data: async (s) => ({ action: 'getEvent', eventId: await yogaEvent(s) }) },
  { key: 'partner.signUp', as: SHOPPER, data: (s) => ({ action: 'signUp', eventId: s.kept.eventId }) },
  // The page read right after a seat-first sign-up issues its ticket.
  { key: 'partner.getEvent · its ticket due', as: SHOPPER, data: (s) => ({ action: 'getEvent', eventId: s.kept.eventId }) },
  { key: 'partner.cancelSignUp', as: SHOPPER, data: (s) => ({ action: 'cancelSignUp', eventId: s.kept.eventId }) },
  {
    key: 'partner.signUp · full: the waitlist',
    as: SHOPPER,
    data: async (s) => {
      const start = Date.now() + 8 * 86_400_000;
      const { event } = await s.call('partner', CAFE_STAFF, {
        action: 'saveEvent', title: '一人份手冲课', startAt: new Date(start).toISOString(), endAt: new Date(start + 3_600_000).toISOString(),
        place: '麦田咖啡 · 吧台', partnerId: await s.idOf('partners', { name: '麦田咖啡' }), capacity: 1, gate: null, signupOpensAt: '',
        cover: '', description: '只有一个座位', attendGrowth: 5, status: 'published',
      });
      await s.call('partner', TIANTIAN, { action: 'signUp', eventId: event.eventId });
      return { action: 'signUp', eventId: event.eventId };
    },
  },
  { key: 'partner.myVouchers', as: SHOPPER, data: () => ({ action: 'myVouchers' }) },
  {
    key: 'partner.getVoucher',
    as: SHOPPER,
    data: async (s) => ({ action: 'getVoucher', voucherId: await s.idOf('vouchers', { openid: SHOPPER, status: 'active' }) }),
    keep: (s, a) => void (s.kept.voucherCode = a.voucher.code),
  },
  { key: 'partner.dealPerks', as: SHOPPER, data: async (s) => ({ action: 'dealPerks', dealId: await dealId(s, '晨光能量碗') }) },
  { key: 'partner.lookupCode', as: YOGA_STAFF, data: (s) => ({ action: 'lookupCode', code: s.kept.voucherCode }) },
  { key: 'partner.redeemVoucher', as: YOGA_STAFF, data: (s) => ({ action: 'redeemVoucher', code: s.kept.voucherCode }) },
  { key: 'partner.partnerConsole', as: YOGA_STAFF, data: () => ({ action: 'partnerConsole' }) },
  { key: 'partner.myPartners', as: YOGA_STAFF, data: () => ({ action: 'myPartners' }) },
  { key: 'partner.checkInAttendee', as: CAFE_STAFF, data: async (s) => ({ action: 'checkInAttendee', code: await ticketCode(s, TIANTIAN, '原野生活日 · 秋日野餐') }) },
  {
    key: 'partner.previewInvitation',
    as: NEW_STAFF,
    data: async (s) => {
      const partnerId = await s.idOf('partners', { name: '麦田咖啡' });
      s.kept.invitation = (await s.call('admin', ADMIN, { action: 'invitePartnerStaff', partnerId })).invitation.token;
      return { action: 'previewInvitation', token: s.kept.invitation };
    },
  },
  { key: 'partner.acceptInvitation', as: NEW_STAFF, data: (s) => ({ action: 'acceptInvitation', token: s.kept.invitation }) },
];

/** A pickup point's leader at the counter (履约), and a shopper's share being counted (数据看板). */
export const staffCalls: RoundTripCall[] = [
  { key: 'fulfilment.myPoints', as: COCREATOR, data: () => ({ action: 'myPoints' }) },
  { key: 'fulfilment.lookupPickup', as: COCREATOR, data: (s) => ({ action: 'lookupPickup', code: s.kept.pickupCode }) },
  { key: 'fulfilment.verifyPickup', as: COCREATOR, data: (s) => ({ action: 'verifyPickup', code: s.kept.pickupCode }) },
  { key: 'analytics.track', as: SHOPPER, data: async (s) => ({ action: 'track', kind: 'share_card', code: LEADER_CODE, page: 'pages/deal/index', dealId: await dealId(s, '晨光能量碗') }) },
];
