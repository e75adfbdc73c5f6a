import { createMain } from '../shared/runtime/router';
import { getDeal } from './actions/get-deal';
import { listDeals } from './actions/list-deals';

/** 拼团: deals and groups. */
export const main = createMain('groupbuy', { listDeals, getDeal });
