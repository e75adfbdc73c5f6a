import { createMain } from '../shared/runtime/router';
import { getPoll, listPolls, vote } from './actions/polls';

/** 社区: polls that decide the next product (晒单 posts come next). */
export const main = createMain('community', { listPolls, getPoll, vote });
