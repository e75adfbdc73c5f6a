import type { Database } from './runtime/cloud';
import type { NoticeDoc } from './model';
import type { Notice, Notifier } from './providers/notifier/port';
import { notifierFor } from './providers/notifier';
import { Budget, UNBOUNDED } from './runtime/budget';
import { insertOnce } from './runtime/documents';
import { logError } from './runtime/logger';
import { newId } from './runtime/ids';

/**
 * The notifier's outbox: messages that must not be lost (a group's outcome to each
 * of its members) are first recorded here, one document per recipient and kind,
 * then sent in batches by whoever has time (the closer, the shopper's next call,
 * the drainOutbox job), each marked once sent. A drain stops between batches when
 * its budget ends; the next one sends the rest. Messages that may be lost with the
 * call that makes them (shipped, pickup_ready, …) still go straight through tell().
 */

/** Notices sent at once (in parallel) and marked together. */
export const NOTICE_BATCH = 10;
/** A claim older than this belongs to a drain that died (every function times out within 60 s). */
export const NOTICE_LEASE_MS = 2 * 60_000;
/** Tries before a notice is given up as failed (an error other than "not subscribed"). */
export const NOTICE_ATTEMPTS = 3;

export const noticeId = (ref: string, notice: Pick<Notice, 'kind' | 'openid'>) => `${ref}:${notice.kind}:${notice.openid}`;

/**
 * Records the notices of `ref` (e.g. a group id), one per recipient and kind: a
 * notice recorded before, in any state, is kept as it is. Returns how many were new.
 */
export async function recordNotices(db: Database, ref: string, notices: Notice[], now: Date): Promise<number> {
  const unique = new Map(notices.map((n) => [noticeId(ref, n), n]));
  let created = 0;
  const entries = [...unique];
  for (let i = 0; i < entries.length; i += NOTICE_BATCH) {
    const made = await Promise.all(
      entries.slice(i, i + NOTICE_BATCH).map(([_id, n]) =>
        insertOnce<NoticeDoc>(db, 'notices', {
          _id,
          ref,
          kind: n.kind,
          openid: n.openid,
          page: n.page,
          title: n.title,
          amountFen: n.amountFen,
          note: n.note,
          at: n.at,
          ...(n.place !== undefined ? { place: n.place } : {}),
          state: 'pending',
          attempts: 0,
          claim: null,
          claimedAt: null,
          sentAt: null,
          lastError: null,
          createdAt: now,
        }),
      ),
    );
    created += made.filter(Boolean).length;
  }
  return created;
}

export interface NoticeRun {
  noticesSent: number;
  noticesFailed: number;
  /** 1 when the budget ended with notices possibly left (the next drain sends them). */
  noticesMore: number;
}

/**
 * Sends pending notices (of one `ref`, or all) in batches while the budget lasts.
 * Each batch is claimed by one conditional update (a concurrent drain claims
 * other notices or none), sent, then marked sent: none is sent twice by two
 * drains, and a drain that dies leaves its claim to expire and be taken again.
 */
export async function sendDueNotices(
  db: Database,
  now: Date,
  budget: Budget = UNBOUNDED,
  opts: { ref?: string; notifier?: Notifier } = {},
): Promise<NoticeRun> {
  const run: NoticeRun = { noticesSent: 0, noticesFailed: 0, noticesMore: 0 };
  const notifier = opts.notifier ?? notifierFor();
  for (;;) {
    if (budget.exhausted()) {
      run.noticesMore = 1;
      return run;
    }
    const batch = await claimBatch(db, now, opts.ref);
    if (!batch.length) return run;
    const results = await Promise.allSettled(batch.map((doc) => notifier.send(noticeOf(doc))));
    const sent = batch.filter((_, i) => results[i].status === 'fulfilled');
    const failed = batch.flatMap((doc, i) => {
      const r = results[i];
      return r.status === 'rejected' ? [{ doc, error: String((r.reason as Error)?.message ?? r.reason).slice(0, 200) }] : [];
    });
    await markSent(db, sent, now);
    for (const f of failed) await markFailed(db, f.doc, f.error, now);
    run.noticesSent += sent.length;
    run.noticesFailed += failed.length;
    if (failed.length) {
      run.noticesMore = 1; // a failing platform: leave the rest for the next drain
      return run;
    }
  }
}

/** Claims up to NOTICE_BATCH pending notices (or notices whose claim expired) for this drain; returns those it won. */
export async function claimBatch(db: Database, now: Date, ref?: string): Promise<NoticeDoc[]> {
  const _ = db.command;
  const scope = ref ? { ref } : {};
  const pending = (await db.collection('notices').where({ ...scope, state: 'pending' }).orderBy('createdAt', 'asc').limit(NOTICE_BATCH).get()).data as NoticeDoc[];
  let candidates = pending;
  if (candidates.length < NOTICE_BATCH) {
    const stale = await db
      .collection('notices')
      .where({ ...scope, state: 'sending', claimedAt: _.lte(new Date(now.getTime() - NOTICE_LEASE_MS)) })
      .limit(NOTICE_BATCH - candidates.length)
      .get();
    candidates = [...candidates, ...(stale.data as NoticeDoc[])];
  }
  if (!candidates.length) return [];
  const claim = newId();
  const stamp = { state: 'sending', claim, claimedAt: now };
  const fresh = candidates.filter((d) => d.state === 'pending').map((d) => d._id);
  const expired = candidates.filter((d) => d.state === 'sending');
  await Promise.all([
    fresh.length ? db.collection('notices').where({ _id: _.in(fresh), state: 'pending' }).update(stamp) : null,
    // a stale claim is taken only as it was read (same claim), so two drains never both take it
    ...expired.map((d) => db.collection('notices').where({ _id: d._id, state: 'sending', claim: d.claim }).update(stamp)),
  ]);
  return (await db.collection('notices').where({ claim, state: 'sending' }).limit(NOTICE_BATCH).get()).data as NoticeDoc[];
}

async function markSent(db: Database, sent: NoticeDoc[], now: Date): Promise<void> {
  if (!sent.length) return;
  const _ = db.command;
  // Claims of one batch share one token.
  await db.collection('notices').where({ _id: _.in(sent.map((d) => d._id)), claim: sent[0].claim }).update({ state: 'sent', sentAt: now, claim: null });
}

async function markFailed(db: Database, doc: NoticeDoc, error: string, now: Date): Promise<void> {
  const attempts = doc.attempts + 1;
  const state = attempts >= NOTICE_ATTEMPTS ? 'failed' : 'pending';
  if (state === 'failed') logError('notice_failed', { id: doc._id, kind: doc.kind, error });
  await db.collection('notices').where({ _id: doc._id, claim: doc.claim }).update({ state, attempts, lastError: error, claim: null, claimedAt: now });
}

function noticeOf(doc: NoticeDoc): Notice {
  return {
    kind: doc.kind,
    openid: doc.openid,
    page: doc.page,
    title: doc.title,
    amountFen: doc.amountFen,
    note: doc.note,
    at: new Date(doc.at),
    ...(doc.place !== undefined ? { place: doc.place } : {}),
  };
}
