import { randomBytes } from 'crypto';
import type { Verdict } from './port';

/** The wxa_media_check event the local cloud delivers, shaped as WeChat's version 2. */
export interface LocalMediaCheckEvent {
  MsgType: 'event';
  Event: 'wxa_media_check';
  trace_id: string;
  version: 2;
  result: { suggest: Verdict; label: string };
}

// The local cloud is one process: pending image checks live in module memory.
const state = {
  failuresLeft: 0,
  images: new Map<string, LocalMediaCheckEvent['result']>(),
  /** The local cloud listens here to deliver each verdict through the callback function. */
  onImageCheck: null as ((traceId: string) => void) | null,
};

/** Lets tests and demos steer the word-list adapter. */
export const contentCheckSandbox = {
  /** The next n checks (text or image) throw, as a timeout would. */
  failNext(n: number): void {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('failNext takes a count >= 0');
    state.failuresLeft = n;
  },
  reset(): void {
    state.failuresLeft = 0;
    state.images.clear();
  },
  /** Called with the trace id of every image check opened (the local cloud delivers its verdict). */
  onImageCheck(listener: ((traceId: string) => void) | null): void {
    state.onImageCheck = listener;
  },
};

export function throwIfFailureAsked(): void {
  if (state.failuresLeft === 0) return;
  state.failuresLeft -= 1;
  throw new Error('content check timed out (contentCheckSandbox.failNext)');
}

/** Opens an image check: `risky` or `review` in the URL earns that verdict, anything else passes. */
export function openLocalImageCheck(mediaUrl: string): string {
  const traceId = `local-media-${randomBytes(8).toString('hex')}`;
  const url = mediaUrl.toLowerCase();
  const suggest: Verdict = url.includes('risky') ? 'risky' : url.includes('review') ? 'review' : 'pass';
  state.images.set(traceId, { suggest, label: suggest === 'pass' ? 'normal' : 'marked-url' });
  state.onImageCheck?.(traceId);
  return traceId;
}

/** The callback message the local cloud delivers for an image check; null for an unknown trace id. */
export function localImageVerdict(traceId: string): LocalMediaCheckEvent | null {
  const result = state.images.get(traceId);
  if (!result) return null;
  return { MsgType: 'event', Event: 'wxa_media_check', trace_id: traceId, version: 2, result: { ...result } };
}
