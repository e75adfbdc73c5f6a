import { COCREATOR, OFFICER, RoundTripCall, SHOPPER } from './scene';

/** 我的 as 小满 uses it (and 阿哲 redeeming points, 小禾 applying to be a co-creator). */
export const memberCalls: RoundTripCall[] = [
  { key: 'member.me', as: SHOPPER, data: () => ({ action: 'me' }) },
  { key: 'member.checkIn', as: SHOPPER, data: () => ({ action: 'checkIn' }) },
  { key: 'member.calendar', as: SHOPPER, data: () => ({ action: 'calendar' }) },
  { key: 'member.history', as: SHOPPER, data: () => ({ action: 'history' }) },
  { key: 'member.updateProfile', as: SHOPPER, data: () => ({ action: 'updateProfile', nickname: '小满爱早餐' }) },
  { key: 'member.addresses', as: SHOPPER, data: () => ({ action: 'addresses' }) },
  {
    key: 'member.saveAddress',
    as: SHOPPER,
    data: () => ({ action: 'saveAddress', address: { name: '小满', phone: '13800138004', region: ['上海市', '上海市', '静安区'], detail: '南京西路 1266 号 12 楼' } }),
    keep: (s, a) => void (s.kept.addressId = a.address.addressId),
  },
  { key: 'member.deleteAddress', as: SHOPPER, data: (s) => ({ action: 'deleteAddress', addressId: s.kept.addressId }) },
  { key: 'member.rewardCatalogue', as: COCREATOR, data: () => ({ action: 'rewardCatalogue' }) },
  {
    key: 'member.redeemReward',
    as: COCREATOR,
    data: async (s) => ({ action: 'redeemReward', rewardId: await s.idOf('rewards', { title: '满39减5元券' }), requestId: 'bench-redeem-1' }),
  },
  {
    key: 'member.redeemReward · a perk',
    as: COCREATOR,
    data: async (s) => ({ action: 'redeemReward', rewardId: await s.idOf('rewards', { title: '山月瑜伽 体验课' }), requestId: 'bench-redeem-perk-1' }),
  },
  { key: 'member.myCoupons', as: SHOPPER, data: () => ({ action: 'myCoupons' }) },
  { key: 'member.coCreatorApplication', as: OFFICER, data: () => ({ action: 'coCreatorApplication' }) },
  {
    key: 'member.applyCoCreator',
    as: OFFICER,
    data: () => ({ action: 'applyCoCreator', statement: '做了三年烘焙，想一起把暖身汤的配方做得更好', expertise: ['烘焙', '营养搭配'], agreeCharter: true }),
  },
];
