import { ADMIN, COCREATOR, LEADER_CODE, OFFICER, RoundTripCall, SHOPPER } from './scene';

/** 分销 as 阿哲 (a leader) runs it, 小禾 opening his card, and 小满 applying to be a leader. */
export const distributionCalls: RoundTripCall[] = [
  { key: 'distribution.bind', as: OFFICER, data: () => ({ action: 'bind', code: LEADER_CODE }) },
  { key: 'distribution.myCode', as: COCREATOR, data: () => ({ action: 'myCode' }) },
  { key: 'distribution.summary', as: COCREATOR, data: () => ({ action: 'summary' }) },
  { key: 'distribution.commissions', as: COCREATOR, data: () => ({ action: 'commissions' }) },
  { key: 'distribution.customers', as: COCREATOR, data: () => ({ action: 'customers' }) },
  {
    key: 'distribution.withdraw',
    as: COCREATOR,
    data: () => ({ action: 'withdraw', amountFen: 100 }),
    keep: async (s, a) => {
      s.kept.withdrawalId = a.withdrawalId;
      await s.call('admin', ADMIN, { action: 'reviewWithdrawal', withdrawalId: a.withdrawalId, approve: true });
    },
  },
  { key: 'distribution.withdrawals', as: COCREATOR, data: () => ({ action: 'withdrawals' }) },
  { key: 'distribution.refreshWithdrawal', as: COCREATOR, data: (s) => ({ action: 'refreshWithdrawal', withdrawalId: s.kept.withdrawalId }) },
  { key: 'distribution.apply', as: SHOPPER, data: () => ({ action: 'apply', realName: '林小满', reason: '小区里很多邻居一起买早餐，想当团长组织大家' }) },
  { key: 'distribution.application', as: SHOPPER, data: () => ({ action: 'application' }) },
];
