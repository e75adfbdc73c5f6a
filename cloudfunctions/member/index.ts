import { createMain } from '../shared/runtime/router';
import { addresses, deleteAddress, saveAddress } from './actions/addresses';
import { calendar, checkIn, history } from './actions/check-in';
import { applyCoCreator, coCreatorApplication } from './actions/co-creator';
import { me } from './actions/me';
import { updateProfile } from './actions/profile';
import { myCoupons, redeemReward, rewardCatalogue } from './actions/rewards';

/** 会员: profile (头像昵称), tiers, growth and points, check-ins, the co-creator application, saved addresses, 积分兑换 and coupons. */
export const main = createMain('member', {
  me, updateProfile, checkIn, calendar, history, applyCoCreator, coCreatorApplication, addresses, saveAddress, deleteAddress,
  rewardCatalogue, redeemReward, myCoupons,
});
