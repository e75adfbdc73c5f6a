// 合作伙伴: members' vouchers and events (member subpackage); partner staff's console,
// invitation and event editor (partner subpackage); the brand's partners and events (admin).
export const VOUCHERS_PATH = 'member/pages/vouchers/index'
export const voucherPath = (voucherId: string) => `member/pages/voucher/index?id=${encodeURIComponent(voucherId)}`
export const EVENTS_PATH = 'member/pages/events/index'
export const eventPath = (eventId: string) => `member/pages/event/index?id=${encodeURIComponent(eventId)}`
export const PARTNER_CONSOLE_PATH = 'partner/pages/console/index'
export const partnerJoinPath = (token: string) => `partner/pages/join/index?token=${encodeURIComponent(token)}`
/** No eventId: a new event (of partnerId when given). */
export const eventEditPath = (eventId?: string, partnerId?: string) =>
  `partner/pages/event-edit/index${eventId ? `?id=${encodeURIComponent(eventId)}` : partnerId ? `?partnerId=${encodeURIComponent(partnerId)}` : ''}`
export const ADMIN_PARTNERS_PATH = 'admin/pages/partners/index'
/** No partnerId: 新建合作伙伴. */
export const adminPartnerPath = (partnerId?: string) => `admin/pages/partner/index${partnerId ? `?id=${encodeURIComponent(partnerId)}` : ''}`
export const ADMIN_EVENTS_PATH = 'admin/pages/events/index'
