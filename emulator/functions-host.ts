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
  triggers?: Trigger[];
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
    mains.set(spec.name, recordCalls(spec.name, mod.main as FunctionMain)); // every call lands in the console's request log
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
