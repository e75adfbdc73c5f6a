import { now } from '../shared/runtime/clock';
import { database } from '../shared/runtime/cloud';
import { callerFrom } from '../shared/runtime/identity';
import { logError } from '../shared/runtime/logger';
import { contentChecker } from '../shared/providers/content-check';
import { recordImageVerdict } from '../community/flows/checks';

/** Sources of calls made from the mini-program itself: never a platform callback. */
const CLIENT_SOURCES = new Set(['wx_client', 'wx_devtools']);

/**
 * The image-check callback: WeChat pushes the wxa_media_check event here (消息推送 →
 * 云函数); locally the word-list checker's verdict arrives through this same function.
 * The verdict is matched to its photo by trace id, which only the platform knows, and
 * settles the post. A mini-program may not call it.
 */
export async function main(event: unknown, context: unknown) {
  if (CLIENT_SOURCES.has(callerFrom(context).source)) return { ok: false, reason: 'not the platform' };
  const verdict = contentChecker().readImageCallback(event);
  if (!verdict) return { ok: false, reason: 'not a media check result' };
  try {
    const { postId } = await recordImageVerdict(database(), verdict, now());
    return { ok: true, postId };
  } catch (err) {
    // Thrown, so the platform delivers the event again.
    logError('media_check_callback_failed', { traceId: verdict.traceId, error: String((err as Error)?.stack ?? err) });
    throw err;
  }
}
