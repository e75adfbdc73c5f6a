import { createMain } from '../shared/runtime/router';
import { dealGroups } from './actions/deal-groups';
import { getDeal, listDeals, setDealStatus } from './actions/deals';
import { saveDeal } from './actions/save-deal';

/** 品牌管理: the brand operator's actions. Every one needs `isAdmin` on the caller's user record. */
export const main = createMain('admin', { listDeals, getDeal, saveDeal, setDealStatus, dealGroups });
