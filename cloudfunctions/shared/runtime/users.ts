import type { Database } from './cloud';
import type { UserDoc } from '../model';
import { docsByIds, getDoc, insertOnce } from './documents';

/**
 * A profile for an openid seen for the first time: tier 探索者, no sign-up step. No avatar
 * until the member picks one (头像昵称): the app draws its bundled default picture.
 */
export function newUser(openid: string, now: Date): UserDoc {
  return {
    _id: openid,
    nickname: `共营伙伴${openid.slice(-4).toUpperCase()}`,
    avatar: '',
    tier: 'explorer',
    growth: 0,
    points: 0,
    isAdmin: false,
    isDistributor: false,
    createdAt: now,
    updatedAt: now,
  };
}

/** Reads the caller's profile, creating it on first use (a concurrent first call is harmless). */
export async function loadOrCreateUser(db: Database, openid: string, now: Date): Promise<UserDoc> {
  const found = await getDoc<UserDoc>(db, 'users', openid);
  if (found) return found;
  const profile = newUser(openid, now);
  if (await insertOnce(db, 'users', profile)) return profile;
  return (await getDoc<UserDoc>(db, 'users', openid))!;
}

/** Members' nicknames by openid (an openid with no profile is absent). */
export async function memberNicknames(db: Database, openids: Iterable<string>): Promise<Map<string, string>> {
  const users = await docsByIds<UserDoc>(db, 'users', openids);
  return new Map([...users].map(([openid, u]) => [openid, u.nickname]));
}
