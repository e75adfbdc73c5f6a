/**
 * What follows an order's completion (确认收货, auto-receipt, verified at the point),
 * decided from what the completing call read with the order, so that nothing is read
 * again and a step with nothing to do costs nothing:
 * - the commission becomes due when the after-sale window after completion ends: there
 *   is one to schedule when the read found it pending and unscheduled, or when the
 *   order's rewards were not recorded yet (the commission may still be written);
 * - partner vouchers are issued when the deal has an active perk that existed when the
 *   order completed (orders completed before a perk existed never earn it).
 */
export interface CompletionFacts {
  /** The brand's after-sale window (fulfilment settings). */
  afterSaleDays: number;
  /** Whether the order may have a pending commission to schedule. */
  commissionPending: boolean;
  /** Whether the order earns partner vouchers. */
  perksEarned: boolean;
}

type When = Date | string | number;

export interface CompletionRead {
  rewardsDone?: boolean;
  /** The order's commission (its id is the order's), null when there is none. */
  commission: { status: string; unfreezeAt?: When | null } | null;
  /** The perks of the order's deal (a null entry, as a lookup through an array path may give, is none). */
  perks: ({ active: boolean; createdAt: When } | null)[];
  afterSaleDays: number;
}

export function completionFacts(read: CompletionRead, completedAt: Date): CompletionFacts {
  const unscheduled = read.commission?.status === 'pending' && !read.commission.unfreezeAt;
  return {
    afterSaleDays: read.afterSaleDays,
    commissionPending: unscheduled || read.rewardsDone !== true,
    perksEarned: read.perks.some((p) => !!p?.active && new Date(p.createdAt) <= completedAt),
  };
}
