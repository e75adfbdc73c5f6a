import { z } from 'zod';
import type { Envelope } from '../errors';
import type { UserDoc } from '../model';
import { AppError } from './app-error';
import { now as clockNow } from './clock';
import { database, Database } from './cloud';
import { failure, ok } from './envelope';
import { Caller, callerFrom } from './identity';
import { loadOrCreateUser } from './users';

export interface ActionContext {
  caller: Caller;
  /** Shorthand for caller.openid; always non-empty inside a handler. */
  openid: string;
  now: Date;
  db: Database;
  /** The caller's profile, created on first use; read at most once per call. */
  user(): Promise<UserDoc>;
}

export interface Action<S extends z.ZodType, O> {
  input: S;
  /** Only callers whose `users` record says isAdmin. */
  admin?: boolean;
  handler(input: z.infer<S>, ctx: ActionContext): Promise<O>;
}

/** Declares an action; the generic ties the handler's input to its schema. */
export function action<S extends z.ZodType, O>(def: Action<S, O>): Action<S, O> {
  return def;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyAction = Action<any, any>;

const eventShape = z.object({ action: z.string().min(1) }).passthrough();

/** Keys the platform or the router owns: never part of an action's input. */
const RESERVED = new Set(['action', 'userInfo']);

function inputOf(event: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(event).filter(([k]) => !RESERVED.has(k)));
}

/** A function's entry, with its table of actions (read by the round-trip bench and its test). */
export type Main = ((event: unknown, context: unknown) => Promise<Envelope<unknown>>) & { readonly actions: Readonly<Record<string, AnyAction>> };

/**
 * The entry of a cloud function: `exports.main = createMain({ ... })`.
 * Picks the handler by `event.action`, validates the input before any read or
 * write, takes identity from the platform context only, and answers an envelope.
 */
export function createMain(name: string, actions: Record<string, AnyAction>): Main {
  return Object.assign(main, { actions });
  async function main(event: unknown, context: unknown): Promise<Envelope<unknown>> {
    const parsed = eventShape.safeParse(event);
    if (!parsed.success) {
      return failure(new AppError('INVALID_ARGUMENT', '请求缺少 action'), { fn: name });
    }
    const actionName = parsed.data.action;
    const def = Object.prototype.hasOwnProperty.call(actions, actionName) ? actions[actionName] : undefined;
    if (!def) {
      return failure(new AppError('UNKNOWN_ACTION', `不支持的操作：${actionName.slice(0, 40)}`), { fn: name });
    }
    try {
      const caller = callerFrom(context);
      if (!caller.openid) throw new AppError('UNAUTHENTICATED');
      const input = def.input.parse(inputOf(parsed.data));
      const ctx = makeContext(caller);
      if (def.admin && !(await ctx.user()).isAdmin) throw new AppError('FORBIDDEN');
      return ok(await def.handler(input, ctx));
    } catch (err) {
      return failure(err, { fn: name, action: actionName });
    }
  }
}

function makeContext(caller: Caller): ActionContext {
  const db = database();
  const now = clockNow();
  let user: Promise<UserDoc> | undefined;
  return {
    caller,
    openid: caller.openid,
    now,
    db,
    user: () => (user ??= loadOrCreateUser(db, caller.openid, now)),
  };
}
