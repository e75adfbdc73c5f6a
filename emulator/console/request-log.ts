import { AsyncLocalStorage } from 'async_hooks';
import diagnostics from 'diagnostics_channel';
import type { ClientRequest } from 'http';

/** One cloud function call, as the console's Requests view lists it. */
export interface CallRecord {
  seq: number;
  /** Wall-clock start (ISO); `clock` is the emulator's (moved) time at the start. */
  at: string;
  fn: string;
  /** `event.action`, a timer's trigger name, or an HTTP function's method and path. */
  action: string;
  openid: string | null;
  /** Where the call came from (TCB_SOURCE): wx_client, timer, http, wx_message. */
  source: string;
  durationMs: number;
  /** Requests the call made to the database (POST /admin). */
  dbRoundTrips: number;
  /** 'ok', the envelope's error code, `HTTP <status>`, a thrown error's code, or THROWN. */
  result: string;
  /** For INTERNAL: the stack the function logged; for a throw, its stack. */
  stack?: string;
}

const RING = 1000;

/** The last RING function calls of this process, oldest first; `seq` grows by one per call. */
class RequestLog {
  private readonly ring: CallRecord[] = [];
  private seq = 0;

  add(record: Omit<CallRecord, 'seq'>): CallRecord {
    const full = { ...record, seq: ++this.seq };
    this.ring.push(full);
    if (this.ring.length > RING) this.ring.splice(0, this.ring.length - RING);
    return full;
  }

  /** Calls newer than `afterSeq`, newest first. */
  since(afterSeq = 0): CallRecord[] {
    return this.ring.filter((r) => r.seq > afterSeq).reverse();
  }

  get last(): number {
    return this.seq;
  }

  get capacity(): number {
    return RING;
  }
}

export const requestLog = new RequestLog();

interface Live {
  dbRoundTrips: number;
  logged: string[];
}
const current = new AsyncLocalStorage<Live>();
let hooked = false;

/**
 * Counts a call's database round trips (the SDK's HTTP requests to /admin, seen on Node's
 * http client channel in the call's async context) and keeps what it logs with console.error
 * (runtime/logger.ts: the stack of an unexpected error).
 */
function hookOnce(): void {
  if (hooked) return;
  hooked = true;
  diagnostics.subscribe('http.client.request.start', (message) => {
    const live = current.getStore();
    const path = (message as { request?: ClientRequest }).request?.path ?? '';
    if (live && path.startsWith('/admin')) live.dbRoundTrips += 1;
  });
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const live = current.getStore();
    if (live && live.logged.length < 5) live.logged.push(args.map(String).join(' ').slice(0, 8000));
    original(...args);
  };
}

type Main = (event: unknown, context: unknown) => Promise<unknown>;

/** Wraps a function's entry so every call lands in the request log. */
export function recordCalls(fn: string, main: Main): Main {
  hookOnce();
  // Keeps what the entry carries (createMain's `actions` table).
  return Object.assign(async (event: unknown, context: unknown) => {
    const live: Live = { dbRoundTrips: 0, logged: [] };
    const started = Date.now();
    const at = new Date(started).toISOString();
    const env = environmentOf(context);
    const base = { at, fn, action: actionOf(event), openid: env.WX_OPENID ?? null, source: env.TCB_SOURCE ?? '' };
    try {
      const result = await current.run(live, () => main(event, context));
      const code = resultCode(result);
      requestLog.add({ ...base, durationMs: Date.now() - started, dbRoundTrips: live.dbRoundTrips, result: code, ...stackOf(code, live) });
      return result;
    } catch (err) {
      const stack = String((err as Error)?.stack ?? err);
      const code = (err as { code?: unknown })?.code; // e.g. FUNCTIONS_TIME_LIMIT_EXCEEDED
      requestLog.add({ ...base, durationMs: Date.now() - started, dbRoundTrips: live.dbRoundTrips, result: typeof code === 'string' ? code : 'THROWN', stack });
      throw err;
    }
  }, main);
}

function stackOf(code: string, live: Live): { stack?: string } {
  if (code !== 'INTERNAL' || !live.logged.length) return {};
  const lines = live.logged.map((line) => {
    try {
      const parsed = JSON.parse(line) as { error?: unknown };
      return typeof parsed.error === 'string' ? parsed.error : line;
    } catch {
      return line;
    }
  });
  return { stack: lines.join('\n\n') };
}

function environmentOf(context: unknown): Record<string, string | undefined> {
  const raw = (context as { environment?: unknown } | null)?.environment;
  if (typeof raw !== 'string') return {};
  try {
    return JSON.parse(raw) as Record<string, string>;
  } catch {
    return {};
  }
}

function actionOf(event: unknown): string {
  if (!event || typeof event !== 'object') return '';
  const e = event as Record<string, unknown>;
  if (typeof e.action === 'string') return e.action.slice(0, 80);
  if (e.Type === 'Timer' && typeof e.TriggerName === 'string') return `timer ${e.TriggerName}`;
  if (typeof e.httpMethod === 'string') return `${e.httpMethod} ${String(e.path ?? '')}`.slice(0, 80);
  if (typeof e.Event === 'string') return e.Event.slice(0, 80);
  return '';
}

function resultCode(result: unknown): string {
  if (!result || typeof result !== 'object') return 'ok';
  const r = result as { ok?: unknown; error?: { code?: unknown }; statusCode?: unknown };
  if (r.ok === false) return typeof r.error?.code === 'string' ? r.error.code : 'ERROR';
  if (typeof r.statusCode === 'number' && r.statusCode >= 400) return `HTTP ${r.statusCode}`;
  return 'ok';
}
