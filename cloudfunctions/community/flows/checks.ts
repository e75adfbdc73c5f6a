import type { Database } from '../../shared/runtime/cloud';
import type { Verdict, ImageVerdict } from '../../shared/providers/content-check';
import { contentChecker } from '../../shared/providers/content-check';
import { fileUrls } from '../../shared/runtime/files';
import { getDoc, insertOnce, isDuplicateKey, updatedCount } from '../../shared/runtime/documents';
import { logError } from '../../shared/runtime/logger';
import { statusFromChecks } from '../../shared/domain/post';
import type { ImageCheck, MediaCheckDoc, PostDoc } from './posts';
import { rewardPublished } from './rewards';

/** WeChat's scenes: 3 forum posts, 2 comments. */
const SCENE = 3;
export const COMMENT_SCENE = 2;

/** The text's verdict; a check that fails or times out is `error` (the post then waits for a moderator). */
export async function checkText(text: string, openid: string, scene: 2 | 3 = SCENE): Promise<{ verdict: Verdict | 'error'; label: string }> {
  try {
    const { verdict, label } = await contentChecker().checkText({ text, openid, scene });
    return { verdict, label };
  } catch (err) {
    logError('text_check_failed', { error: String((err as Error)?.message ?? err) });
    return { verdict: 'error', label: 'check_failed' };
  }
}

/** Starts one asynchronous check per photo; a photo whose check cannot start is `error`. */
export async function startImageChecks(images: readonly string[], openid: string): Promise<ImageCheck[]> {
  if (!images.length) return [];
  const urls = await fileUrls(images).catch((err) => {
    logError('file_url_failed', { error: String((err as Error)?.message ?? err) });
    return new Map<string, string>();
  });
  return Promise.all(
    images.map(async (fileId): Promise<ImageCheck> => {
      const mediaUrl = urls.get(fileId);
      try {
        if (!mediaUrl) throw new Error('no download URL for the photo');
        const { traceId } = await contentChecker().startImageCheck({ mediaUrl, openid, scene: SCENE });
        return { fileId, traceId, verdict: null, label: '' };
      } catch (err) {
        logError('image_check_failed', { error: String((err as Error)?.message ?? err) });
        return { fileId, traceId: null, verdict: 'error', label: 'check_failed' };
      }
    }),
  );
}

/**
 * Records which post each started check belongs to, keeping a verdict that arrived
 * already: one insert of them all, and one by one only when one of them exists (its
 * verdict came first).
 */
export async function registerImageChecks(db: Database, postId: string, checks: readonly ImageCheck[], now: Date): Promise<void> {
  const docs = checks.flatMap(({ fileId, traceId }, index): MediaCheckDoc[] =>
    traceId ? [{ _id: traceId, postId, index, fileId, verdict: null, label: '', createdAt: now, answeredAt: null }] : [],
  );
  if (!docs.length) return;
  try {
    await db.collection('mediaChecks').add(docs);
    return;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  await Promise.all(
    docs.map(async (doc) => {
      const added = await insertOnce(db, 'mediaChecks', doc);
      if (!added) await db.collection('mediaChecks').doc(doc._id).update({ postId, index: doc.index, fileId: doc.fileId });
    }),
  );
}

/**
 * Moves a post on from its check results: published, review or hidden, as
 * `statusFromChecks` says. Only while no moderator has decided and the post is still
 * checking or in review; the conditional update lets one settle win, so the post's
 * reward is granted once. `known`: the post as the caller has it (not read again).
 */
export async function settlePost(db: Database, postId: string, now: Date, known?: PostDoc): Promise<PostDoc | null> {
  const post = known ?? (await getDoc<PostDoc>(db, 'posts', postId));
  if (!post || post.moderation || (post.status !== 'checking' && post.status !== 'review')) return post;
  const waiting = post.checks.images.filter((c) => c.traceId && c.verdict === null).map((c) => c.traceId as string);
  const _ = db.command;
  const answers = waiting.length
    ? ((await db.collection('mediaChecks').where({ _id: _.in(waiting) }).limit(waiting.length).get()).data as MediaCheckDoc[])
    : [];
  const byTrace = new Map(answers.filter((a) => a.verdict).map((a) => [a._id, a]));
  const images = post.checks.images.map((c) => {
    const answer = c.traceId && c.verdict === null ? byTrace.get(c.traceId) : undefined;
    return answer ? { ...c, verdict: answer.verdict, label: answer.label } : c;
  });
  const status = statusFromChecks(post.checks.text.verdict, images.map((c) => c.verdict));
  if (status === post.status && !byTrace.size) return post;
  const change = { status, 'checks.images': images, updatedAt: now, ...(status === 'published' ? { publishedAt: now } : {}) };
  const won = updatedCount(await db.collection('posts').where({ _id: postId, status: post.status, moderation: null }).update(change));
  if (won && status === 'published') await rewardPublished(db, { ...post, status }, now);
  // The winner knows the post as it made it; a loser reads what the winner made.
  if (!won) return getDoc<PostDoc>(db, 'posts', postId);
  return { ...post, status, checks: { ...post.checks, images }, updatedAt: now, ...(status === 'published' ? { publishedAt: now } : {}) };
}

/**
 * The callback of an image check (WeChat's wxa_media_check event): keeps the first
 * verdict for the trace id, then settles its post. Safe to receive twice, and before
 * the post is written.
 */
export async function recordImageVerdict(db: Database, answer: ImageVerdict, now: Date): Promise<{ postId: string | null }> {
  const { traceId, verdict, label } = answer;
  const record = { verdict, label, answeredAt: now };
  let check = await getDoc<MediaCheckDoc>(db, 'mediaChecks', traceId);
  if (!check) {
    const early: MediaCheckDoc = { _id: traceId, postId: null, index: null, fileId: null, createdAt: now, ...record };
    const added = await insertOnce(db, 'mediaChecks', early);
    if (added) return { postId: null };
    check = await getDoc<MediaCheckDoc>(db, 'mediaChecks', traceId);
  }
  if (check && !check.verdict) await db.collection('mediaChecks').where({ _id: traceId, verdict: null }).update(record);
  const postId = check?.postId ?? null;
  if (postId) await settlePost(db, postId, now);
  return { postId };
}
