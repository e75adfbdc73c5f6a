export { CouponTicket } from './coupon-ticket'
export type { CouponTicketProps } from './coupon-ticket'
