import type { Database } from '../../shared/runtime/cloud';
import type { EventDoc, EventSignupDoc } from '../../shared/model';
import { docsByIds } from '../../shared/runtime/documents';
import { Budget, eachWithin, UNBOUNDED } from '../../shared/runtime/budget';
import { logError } from '../../shared/runtime/logger';
import { grant } from '../../shared/grants';
import { memberConfig } from '../../member/flows/config';

const BATCH = 50;

/** Attendance growth is granted once per member and event, whatever the round. */
export const attendanceKey = (eventId: string, openid: string) => `event:${eventId}:${openid}`;

/**
 * The outbox's part (drainOutbox, every minute): sign-ups a check-in marked `growthDue`
 * get the event's attendance growth (one grant under attendanceKey, so once however
 * often this runs), then lose the mark. One that fails keeps it for the next run.
 */
export async function grantDueAttendance(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<{ attendanceGranted: number; more: number }> {
  const due = (await db.collection('eventSignups').where({ growthDue: true }).limit(BATCH).get()).data as EventSignupDoc[];
  if (!due.length) return { attendanceGranted: 0, more: 0 };
  const [events, config] = await Promise.all([docsByIds<EventDoc>(db, 'events', due.map((s) => s.eventId)), memberConfig(db)]);
  let attendanceGranted = 0;
  const more = await eachWithin(due, budget, async (signup) => {
    const event = events.get(signup.eventId);
    try {
      if (event && signup.status === 'attended') {
        await grant(db, signup.openid, attendanceKey(event._id, signup.openid), { growth: event.attendGrowth, points: 0 }, `参加活动：${event.title}`, config, now);
      }
      await db.collection('eventSignups').where({ _id: signup._id, growthDue: true }).update({ growthDue: db.command.remove() });
      attendanceGranted++;
    } catch (err) {
      logError('attendance_growth_failed', { signupId: signup._id, error: String(err) });
    }
  });
  return { attendanceGranted, more: more || (due.length === BATCH ? 1 : 0) };
}
