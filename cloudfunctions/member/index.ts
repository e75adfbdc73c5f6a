import { createMain } from '../shared/runtime/router';
import { me } from './actions/me';

/** 会员: profile, tiers, growth, check-ins. */
export const main = createMain('member', { me });
