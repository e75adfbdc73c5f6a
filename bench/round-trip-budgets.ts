/**
 * Database round trips a member's call may take (issue 18), counted at the emulator.
 * A row's key is `function.action`, or `function.action · variant` for a second way of
 * calling one action (a variant has its action's budget unless listed itself).
 */
export const DEFAULT_BUDGET = 4;

export const BUDGETS: Readonly<Record<string, number>> = {
  'groupbuy.startGroup': 4,
  'groupbuy.joinGroup': 4,
  'groupbuy.buySolo': 4,
  /** Before it answers WeChat Pay; the payment's follow-up work runs after. */
  payNotify: 5,
  'groupbuy.listDeals': 1,
  'groupbuy.getDeal': 2,
  /** A page of the 晒单 feed. */
  'community.listPosts': 2,
  'member.checkIn': 3,
  'member.me': 2,
};

/** The home page's first paint: this one call, at most this much JSON. */
export const FIRST_SCREEN = 'groupbuy.home';
export const FIRST_SCREEN_BYTES = 60 * 1024;

/** The functions a member (shopper, leader, co-creator, a partner's or a point's staff) calls; their non-admin actions are all in the table. */
export const MEMBER_FUNCTIONS = ['groupbuy', 'community', 'member', 'distribution', 'cocreation', 'partner', 'fulfilment', 'analytics'] as const;

/** The action a row measures: `groupbuy.listDeals · search` → `groupbuy.listDeals`. */
export const actionOf = (key: string): string => key.split(' · ')[0];

export function budgetOf(key: string): number {
  return BUDGETS[key] ?? BUDGETS[actionOf(key)] ?? DEFAULT_BUDGET;
}
