import { z } from 'zod';
import type { ContestView } from '../../shared/api';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { ContestDoc, contestView, entryCounts } from '../flows/contests';

const ORDER: Record<ContestView['phase'], number> = { open: 0, upcoming: 1, judging: 2, awarded: 3 };

/** 征集活动: open ones first, then upcoming, judging and awarded; the latest 20. */
export const listContests = action({
  input: z.object({}),
  async handler(_input, { db, now }): Promise<{ items: ContestView[] }> {
    const res = await db.collection('contests').orderBy('startAt', 'desc').limit(20).get();
    const contests = res.data as ContestDoc[];
    const counts = await entryCounts(db, contests.map((c) => c._id));
    const items = contests.map((c) => contestView(c, counts.get(c._id) ?? 0, now));
    return { items: items.sort((a, b) => ORDER[a.phase] - ORDER[b.phase]) };
  },
});

export const getContest = action({
  input: z.object({ contestId: idSchema }),
  async handler({ contestId }, { db, now }): Promise<{ contest: ContestView }> {
    const contest = await getDoc<ContestDoc>(db, 'contests', contestId);
    if (!contest) throw new AppError('NOT_FOUND', '活动不存在');
    const counts = await entryCounts(db, [contestId]);
    return { contest: contestView(contest, counts.get(contestId) ?? 0, now) };
  },
});
