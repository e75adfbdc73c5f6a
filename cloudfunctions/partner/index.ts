import { createMain } from '../shared/runtime/router';
import { dealPerks, getVoucher, myVouchers, redeemVoucher } from './actions/vouchers';
import { acceptInvitation, lookupCode, myPartners, partnerConsole, previewInvitation } from './actions/staff';
import { checkInAttendee, listEvents } from './actions/events';
import { cancelSignUp, getEvent, signUp } from './actions/sign-ups';
import { saveEvent } from './actions/event-save';

/**
 * 合作伙伴: members' vouchers (我的卡券) and offline events (线下活动); a partner's
 * staff look up and redeem vouchers, check attendees in, see their console and
 * run their own events. Staff actions need the caller on the partner's staff list
 * (or the brand's isAdmin).
 */
export const main = createMain('partner', {
  myVouchers,
  getVoucher,
  dealPerks,
  lookupCode,
  redeemVoucher,
  partnerConsole,
  myPartners,
  acceptInvitation,
  previewInvitation,
  listEvents,
  getEvent,
  signUp,
  cancelSignUp,
  checkInAttendee,
  saveEvent,
});
