import type { Database } from '../../shared/runtime/cloud';
import { aggregateFew, lookupById } from '../../shared/runtime/aggregate';
import type { UserDoc } from '../../shared/model';
import { DEFAULT_MEMBER_CONFIG, MemberConfig } from '../../shared/domain/growth';
import { shanghaiDayKey } from '../../shared/domain/calendar';
import type { CheckinDoc } from './check-in';
import { MEMBER_CONFIG_ID } from './config';

/** A member with the brand's growth settings and their check-ins of today and yesterday (Asia/Shanghai). */
export interface MemberState {
  user: UserDoc;
  config: MemberConfig;
  today: CheckinDoc | null;
  yesterday: CheckinDoc | null;
}

/** The grant id of a member's check-in on the Asia/Shanghai day of `at`. */
export const checkinKey = (openid: string, at: Date) => `checkin:${openid}_${shanghaiDayKey(at)}`;
const dayBefore = (now: Date) => new Date(now.getTime() - 86_400_000);

/** The member's state in one round trip (an aggregate from their profile); null for someone without a profile yet. */
export async function readMemberState(db: Database, openid: string, now: Date): Promise<MemberState | null> {
  const days = [checkinKey(openid, now), checkinKey(openid, dayBefore(now))];
  const [row] = await aggregateFew<Record<string, unknown>>(
    db,
    'users',
    (agg) =>
      agg
        .match({ _id: openid })
        .project({ applied: 0 }) // the grants journal (postings.ts) is not the member's to read
        .lookup(lookupById('config', MEMBER_CONFIG_ID, 'memberConfig'))
        .lookup({ from: 'grants', pipeline: [{ $match: { _id: { $in: days } } }], as: 'recentCheckins' }),
    1,
  );
  if (!row) return null;
  const { memberConfig, recentCheckins, ...user } = row as { memberConfig: ({ _id: string } & Partial<MemberConfig>)[]; recentCheckins: CheckinDoc[] };
  const { _id, ...saved } = memberConfig[0] ?? { _id: '' };
  const byId = (id: string) => recentCheckins.find((c) => c._id === id) ?? null;
  return { user: user as unknown as UserDoc, config: { ...DEFAULT_MEMBER_CONFIG, ...saved }, today: byId(days[0]), yesterday: byId(days[1]) };
}

/** Today's check-in state: checked in or not, and the streak still alive (today's, else yesterday's). */
export function streakOf(state: Pick<MemberState, 'today' | 'yesterday'>): { checkedInToday: boolean; streak: number } {
  if (state.today) return { checkedInToday: true, streak: state.today.streak };
  return { checkedInToday: false, streak: state.yesterday?.streak ?? 0 };
}
