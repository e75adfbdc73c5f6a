import { z } from 'zod';
import type { CheckInCalendar, CheckInOutput, GrantView } from '../../shared/api';
import type { GrantDoc } from '../../shared/grants';
import { action } from '../../shared/runtime/router';
import { pageByTime, Page } from '../../shared/runtime/paging';
import { cursorSchema } from '../../shared/runtime/schemas';
import { shanghaiDayKey } from '../../shared/domain/calendar';
import { checkIn as doCheckIn, CheckinDoc } from '../flows/check-in';
import { memberConfig } from '../flows/config';
import { withOrderReasons } from '../flows/grant-reasons';
import { streakNow } from '../flows/streak';
import { readMemberState } from '../flows/member-state';

export const checkIn = action({
  input: z.object({}),
  async handler(_input, { db, openid, now, user }): Promise<CheckInOutput> {
    // Someone new gets their profile first (nothing checked in yet).
    const state = (await readMemberState(db, openid, now)) ?? { user: await user(), config: await memberConfig(db), today: null, yesterday: null };
    const c = await doCheckIn(db, openid, now, state);
    return { day: c.day, streak: c.streak, pointsGranted: c.points, growthGranted: c.growth };
  },
});

/** The month's check-ins (Asia/Shanghai), the streak and the reward table. */
export const calendar = action({
  input: z.object({ month: z.string().regex(/^\d{6}$/, '格式应为 yyyymm').optional() }),
  async handler({ month }, { db, openid, now }): Promise<CheckInCalendar> {
    const m = month ?? shanghaiDayKey(now).slice(0, 6);
    const _ = db.command;
    const [res, config, state] = await Promise.all([
      // A month's check-ins are a range of grant ids: checkin:<openid>_<yyyymm>01 … 31.
      db.collection('grants').where({ _id: _.gte(`checkin:${openid}_${m}01`).and(_.lte(`checkin:${openid}_${m}31`)) }).orderBy('_id', 'asc').limit(31).get(),
      memberConfig(db),
      streakNow(db, openid, now),
    ]);
    return {
      month: m,
      days: (res.data as CheckinDoc[]).map((c) => ({ day: c.day, streak: c.streak, points: c.points })),
      ...state,
      rewards: config.checkinRewards,
    };
  },
});

/** What earned or took back growth and points, newest first. */
export const history = action({
  input: z.object({ cursor: cursorSchema }),
  async handler({ cursor }, { db, openid }): Promise<Page<GrantView>> {
    const page = await pageByTime<GrantDoc>(db, 'grants', { openid }, 'createdAt', cursor, 20);
    const grants = await withOrderReasons(db, page.items);
    return {
      ...page,
      items: grants.map((g) => ({ reason: g.reason, growth: g.growth, points: g.points, createdAt: new Date(g.createdAt).toISOString() })),
    };
  },
});
