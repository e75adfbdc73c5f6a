import type { Database } from '../../shared/runtime/cloud';
import { COMMENT_LIMITS } from '../../shared/domain/post';
import { shanghaiDayKey } from '../../shared/domain/calendar';
import { getDoc, insertOnce, updatedCount } from '../../shared/runtime/documents';

/**
 * A member's comment rate (`rewardSlots`, `_id` = comment-rate:<openid>): how many
 * comments they made in the current minute and the current Asia/Shanghai day, in one
 * document, so one conditional update takes a slot of both limits.
 */
export interface CommentRateDoc {
  _id: string;
  kind: 'comment-rate';
  openid: string;
  minute: string;
  inMinute: number;
  day: string;
  inDay: number;
  createdAt: Date;
}

export const commentRateId = (openid: string) => `comment-rate:${openid}`;

/**
 * Takes one comment slot: false once the minute's or the day's are gone. From the
 * document as the call read it (`seen`; undefined: not read), one conditional update
 * (or the insert of the first one); a rival that changed it first costs a read and
 * another try. Same-minute takes are conditioned on the caps, a new minute or day on
 * the windows as read, so many at once never take more than the caps.
 */
export async function takeCommentSlot(db: Database, openid: string, now: Date, seen?: CommentRateDoc | null, limits = COMMENT_LIMITS): Promise<boolean> {
  const _ = db.command;
  const _id = commentRateId(openid);
  const minute = String(Math.floor(now.getTime() / 60_000));
  const day = shanghaiDayKey(now);
  let slot = seen;
  for (let attempt = 0; attempt < 6; attempt++) {
    if (slot === undefined || attempt > 0) slot = await getDoc<CommentRateDoc>(db, 'rewardSlots', _id);
    if (!slot) {
      if (await insertOnce<CommentRateDoc>(db, 'rewardSlots', { _id, kind: 'comment-rate', openid, minute, inMinute: 1, day, inDay: 1, createdAt: now })) return true;
      continue;
    }
    const sameDay = slot.day === day;
    const sameMinute = sameDay && slot.minute === minute;
    if ((sameMinute ? slot.inMinute : 0) >= limits.perMinute || (sameDay ? slot.inDay : 0) >= limits.perDay) return false;
    const where = { _id, day: slot.day, minute: slot.minute, ...(sameMinute ? { inMinute: _.lt(limits.perMinute) } : {}), ...(sameDay ? { inDay: _.lt(limits.perDay) } : {}) };
    const change = sameMinute ? { inMinute: _.inc(1), inDay: _.inc(1) } : sameDay ? { minute, inMinute: 1, inDay: _.inc(1) } : { day, minute, inMinute: 1, inDay: 1 };
    if (updatedCount(await db.collection('rewardSlots').where(where).update(change)) === 1) return true;
  }
  return false;
}
