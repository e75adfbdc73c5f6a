import type { ImageVerdict } from './port';
import { isVerdict } from './verdict';

type Message = Record<string, unknown>;

/**
 * Reads the wxa_media_check event WeChat pushes when an image check finishes
 * (and the local cloud's copy of it). Version 2 carries `result: { suggest, label }`;
 * the retired version 1 carried `isrisky: 0 | 1`. An event that reports a failed
 * check (errcode ≠ 0) goes to review: a human decides, the image stays hidden.
 * Anything else is not a media-check result: null.
 */
export function readMediaCheckEvent(message: unknown): ImageVerdict | null {
  if (!isMessage(message) || message.Event !== 'wxa_media_check') return null;
  const traceId = message.trace_id;
  if (typeof traceId !== 'string' || traceId === '') return null;
  const errcode = Number(message.errcode ?? 0);
  if (errcode !== 0) return { traceId, verdict: 'review', label: `errcode ${errcode}` };
  if (isMessage(message.result)) {
    const { suggest, label } = message.result;
    return isVerdict(suggest) ? { traceId, verdict: suggest, label: String(label ?? '') } : null;
  }
  return versionOne(traceId, message.isrisky);
}

// Version 1 gives no label: 100 is WeChat's "normal", 21000 its "other".
function versionOne(traceId: string, isrisky: unknown): ImageVerdict | null {
  if (isrisky === undefined || isrisky === null || isrisky === '') return null;
  const risky = Number(isrisky);
  if (risky !== 0 && risky !== 1) return null;
  return risky === 1 ? { traceId, verdict: 'risky', label: '21000' } : { traceId, verdict: 'pass', label: '100' };
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
