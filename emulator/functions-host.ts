import fs from 'fs';
import path from 'path';
import { randomUUID } from 'crypto';
import { ROOT } from './config';
import { recordCalls } from './console/request-log';

/** A cloud function's entry, exactly as CloudBase calls it. */
export type FunctionMain = (event: unknown, context: unknown) => Promise<unknown>;

interface Trigger {
  name: string;
  type: string;
  config: string;
}
interface FunctionSpec {
  name: string;
  /** Seconds a call may run (cloudbaserc.json); CloudBase's default is 3. */
  timeout?: number;
  triggers?: Trigger[];
}

/** CloudBase's default function timeout, in seconds, when cloudbaserc.json names none. */
export const DEFAULT_TIMEOUT_S = 3;

/** What the caller gets from CloudBase when a call runs past its function's timeout. */
export class FunctionTimeoutError extends Error {
  readonly code = 'FUNCTIONS_TIME_LIMIT_EXCEEDED';
  readonly errCode = -504003;
  constructor(readonly seconds: number) {
    super(`Invoking task timed out after ${seconds} seconds`);
  }
}

interface Running {
  startMs: number;
  limitMs: number;
  fail: () => void;
}
const running = new Set<Running>();
/**
 * Each call's own clock: in the cloud every concurrent call has its own instance, here
 * they share one process, so with k calls in flight each one's clock runs at 1/k of
 * real time (a rush of 200 checkouts is not 200 timeouts; one hung call alone is).
 */
let sharedMs = 0;
let lastMs = Date.now();
let ticker: NodeJS.Timeout | null = null;

function advance(): void {
  const now = Date.now();
  sharedMs += (now - lastMs) / Math.max(1, running.size);
  lastMs = now;
}

function expireCalls(): void {
  advance();
  for (const call of running) {
    if (sharedMs - call.startMs >= call.limitMs) {
      running.delete(call);
      call.fail();
    }
  }
  if (!running.size && ticker) {
    clearInterval(ticker);
    ticker = null;
  }
}

/**
 * A call that runs past `seconds` of its own time fails then with CloudBase's timeout
 * error. In the cloud the instance is then killed, so the call's later writes never
 * happen; here the call's promise keeps running in the background (its writes still land).
 * EMULATOR_FUNCTION_TIMEOUTS=0 switches the limit off (say, to step through a debugger).
 */
export function withTimeout(main: FunctionMain, seconds: number): FunctionMain {
  if (process.env.EMULATOR_FUNCTION_TIMEOUTS === '0' || !(seconds > 0)) return main;
  return (event, context) =>
    new Promise((resolve, reject) => {
      advance();
      const call: Running = { startMs: sharedMs, limitMs: seconds * 1000, fail: () => reject(new FunctionTimeoutError(seconds)) };
      running.add(call);
      if (!ticker) {
        ticker = setInterval(expireCalls, 50);
        ticker.unref?.();
      }
      const settle = () => {
        advance();
        running.delete(call);
      };
      main(event, context).then(
        (value) => {
          settle();
          resolve(value);
        },
        (err) => {
          settle();
          reject(err);
        },
      );
    });
}

/** The functions and timers the project deploys, as cloudbaserc.json lists them. */
export function readDeployment(): FunctionSpec[] {
  const rc = JSON.parse(fs.readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8'));
  return rc.functions as FunctionSpec[];
}

/**
 * Loads every function's source in this process, so the local cloud runs the
 * very code that is deployed (the same SDK, pointed at the emulator).
 */
export function loadFunctions(specs = readDeployment()): Map<string, FunctionMain> {
  const mains = new Map<string, FunctionMain>();
  for (const spec of specs) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const mod = require(path.join(ROOT, 'cloudfunctions', spec.name, 'index'));
    const limited = withTimeout(mod.main as FunctionMain, spec.timeout ?? DEFAULT_TIMEOUT_S);
    mains.set(spec.name, recordCalls(spec.name, limited)); // every call lands in the console's request log
  }
  return mains;
}

/** Which function a timer trigger belongs to. */
export function timerOwner(specs: FunctionSpec[], timer: string): string | undefined {
  return specs.find((s) => s.triggers?.some((t) => t.type === 'timer' && t.name === timer))?.name;
}

/**
 * The invocation context CloudBase gives a function: the caller's identity
 * travels in `environment`, never in the event.
 */
export function invocationContext(fn: string, identity: { openid?: string; source: string }) {
  const environment: Record<string, string> = { TCB_SOURCE: identity.source, TCB_ENV: 'gongying-local' };
  if (identity.openid) {
    environment.WX_OPENID = identity.openid;
    environment.WX_APPID = 'wx-local-app';
  }
  return {
    request_id: randomUUID(),
    function_name: fn,
    function_version: '$LATEST',
    environment: JSON.stringify(environment),
  };
}
