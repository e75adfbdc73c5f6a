import { createMain } from '../shared/runtime/router';
import { application, apply } from './actions/apply';
import { bind, myCode } from './actions/code';
import { commissions, customers, summary } from './actions/summary';
import { refreshWithdrawal, withdraw, withdrawals } from './actions/withdraw';

/** 分销: codes, binding, the commission ledger and withdrawals. */
export const main = createMain('distribution', {
  myCode,
  bind,
  summary,
  commissions,
  customers,
  withdraw,
  withdrawals,
  refreshWithdrawal,
  apply,
  application,
});
