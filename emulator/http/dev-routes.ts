import type { IncomingMessage, ServerResponse } from 'http';
import type { LocalCloud } from '../local-cloud';
import type { UserDoc } from '../../cloudfunctions/shared/model';
import { database } from '../../cloudfunctions/shared/runtime/cloud';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { invocationContext, timerOwner } from '../functions-host';
import { HttpError, readJson, sendJson } from './io';
import { deliverSandboxPayment, finishSandboxRefund } from '../sandbox-pay';
import { settleSandboxTransfer } from '../sandbox-payout';
import { runDueJobs } from '../../cloudfunctions/shared/runtime/jobs';
import { JOBS } from '../../cloudfunctions/tick/jobs';
import { sandboxControl } from '../../cloudfunctions/shared/providers/payment';
import { payoutSandbox } from '../../cloudfunctions/shared/providers/payout';
import { outbox } from '../../cloudfunctions/shared/providers/notifier';
import { shippingSandbox } from '../../cloudfunctions/shared/providers/shipping';
import { snapshotRoute } from './snapshot-routes';

/** Local-only endpoints: the clock, timers, the demo users. They do not exist in the cloud. */
export async function devRoute(cloud: LocalCloud, url: URL, method: string, req: IncomingMessage, res: ServerResponse) {
  if (url.pathname === '/dev/clock') {
    if (method === 'GET') return sendJson(res, 200, { ok: true, data: { now: now().toISOString() } });
    const body = (await readJson(req)) as { advanceMs?: unknown };
    const ms = body?.advanceMs;
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw new HttpError(400, 'advanceMs must be a number ≥ 0');
    return sendJson(res, 200, { ok: true, data: { now: cloud.clock.advance(ms).toISOString() } });
  }
  const timer = /^\/dev\/run\/([^/]+)$/.exec(url.pathname);
  if (timer && method === 'POST' && timer[1] === 'due') {
    // What the tick function does for {"job": "due"} (without its secret): the jobs whose cron slot came.
    return sendJson(res, 200, { ok: true, data: { ran: await runDueJobs(database(), JOBS, now()) } });
  }
  if (timer && method === 'POST') {
    const name = decodeURIComponent(timer[1]);
    const owner = timerOwner(cloud.deployment, name);
    const main = owner && cloud.functions.get(owner);
    if (!main) return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: `no timer ${name.slice(0, 40)}` } });
    const event = { Type: 'Timer', TriggerName: name, Time: now().toISOString() };
    return sendJson(res, 200, await main(event, invocationContext(owner, { source: 'timer' })));
  }
  if (url.pathname === '/dev/users' && method === 'GET') return sendJson(res, 200, await demoUsers());
  if (url.pathname === '/dev/pay' && method === 'POST') {
    const { orderId, returnToApp } = ((await readJson(req)) ?? {}) as { orderId?: unknown; returnToApp?: unknown };
    if (typeof orderId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(orderId)) throw new HttpError(400, 'orderId is required');
    return sendJson(res, 200, await deliverSandboxPayment(cloud, orderId, { returnToApp: returnToApp !== false }));
  }
  if (url.pathname === '/dev/payment') return paymentSandbox(method, req, res);
  if (url.pathname === '/dev/refund' && method === 'POST') {
    const { outRefundNo, status, notify } = ((await readJson(req)) ?? {}) as { outRefundNo?: unknown; status?: unknown; notify?: unknown };
    if (typeof outRefundNo !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(outRefundNo)) throw new HttpError(400, 'outRefundNo is required');
    if (status !== 'SUCCESS' && status !== 'ABNORMAL' && status !== 'CLOSED') throw new HttpError(400, 'status must be SUCCESS, ABNORMAL or CLOSED');
    return sendJson(res, 200, await finishSandboxRefund(cloud, outRefundNo, status, notify !== false));
  }
  if (url.pathname === '/dev/payout') return payoutSandboxRoute(cloud, method, req, res);
  if (url.pathname === '/dev/media-checks') return mediaChecksRoute(cloud, method, req, res);
  if (url.pathname === '/dev/shipping') return shippingSandboxRoute(method, req, res);
  if (url.pathname === '/dev/outbox' && method === 'GET') return sendJson(res, 200, { ok: true, data: { sent: outbox.sent } });
  if (await snapshotRoute(cloud, url, method, req, res)) return;
  if (url.pathname === '/dev/stats' && method === 'GET') {
    return sendJson(res, 200, { ok: true, data: cloud.store.counters });
  }
  sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'no such dev endpoint' } });
}

/** The users the h5 switcher offers: the demo cast first, then anyone else seen locally. */
async function demoUsers() {
  const res = await database().collection('users').orderBy('createdAt', 'asc').limit(50).get();
  const users = (res.data as UserDoc[]).sort(
    (a, b) => Number(!a._id.startsWith('demo-')) - Number(!b._id.startsWith('demo-')),
  );
  return {
    items: users.map((u) => ({ openid: u._id, nickname: u.nickname, avatar: u.avatar, tier: u.tier, isAdmin: u.isAdmin })),
  };
}

/**
 * GET: the refunds the payment sandbox issued. POST {failNextRefunds?, holdNextRefunds?}: make
 * the next refunds fail, or be accepted as PROCESSING until POST /dev/refund finishes them.
 */
async function paymentSandbox(method: string, req: IncomingMessage, res: ServerResponse) {
  if (method === 'POST') {
    const body = ((await readJson(req)) ?? {}) as { failNextRefunds?: unknown; holdNextRefunds?: unknown };
    const count = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
    if (body.failNextRefunds === undefined && body.holdNextRefunds === undefined) throw new HttpError(400, 'failNextRefunds or holdNextRefunds is required');
    if (body.failNextRefunds !== undefined && !count(body.failNextRefunds)) throw new HttpError(400, 'failNextRefunds must be an integer >= 0');
    if (body.holdNextRefunds !== undefined && !count(body.holdNextRefunds)) throw new HttpError(400, 'holdNextRefunds must be an integer >= 0');
    if (body.failNextRefunds !== undefined) sandboxControl.failNextRefunds(body.failNextRefunds as number);
    if (body.holdNextRefunds !== undefined) sandboxControl.holdNextRefunds(body.holdNextRefunds as number);
  }
  return sendJson(res, 200, { ok: true, data: { refundsIssued: sandboxControl.refundsIssued } });
}

/**
 * GET: the sandbox's transfers. POST: make the next fail, require the user's confirmation, or
 * settle a waiting bill — {confirm: id} (the member's 确认收款) or {expire: id} (24 h passed
 * unconfirmed) — which delivers the signed notification through transferNotify (its answer in `notified`).
 */
async function payoutSandboxRoute(cloud: LocalCloud, method: string, req: IncomingMessage, res: ServerResponse) {
  let notified: unknown = null;
  if (method === 'POST') {
    const body = ((await readJson(req)) ?? {}) as { failNext?: unknown; requireConfirmation?: unknown; confirm?: unknown; expire?: unknown };
    if (body.failNext !== undefined) {
      if (typeof body.failNext !== 'number' || !Number.isInteger(body.failNext) || body.failNext < 0) throw new HttpError(400, 'failNext must be an integer >= 0');
      payoutSandbox.failNext(body.failNext);
    }
    if (body.requireConfirmation !== undefined) payoutSandbox.requireConfirmation(Boolean(body.requireConfirmation));
    for (const how of ['confirm', 'expire'] as const) {
      const id = body[how];
      if (id === undefined) continue;
      if (typeof id !== 'string' || !payoutSandbox.transfers.some((t) => t.outBillNo === id)) throw new HttpError(404, `no sandbox transfer to ${how}`);
      try {
        notified = await settleSandboxTransfer(cloud, id, how);
      } catch (err) {
        throw new HttpError(409, (err as Error).message);
      }
    }
  }
  return sendJson(res, 200, { ok: true, data: { transfers: payoutSandbox.transfers, notified } });
}

/** GET: the shipping information the sandbox received (WeChat's upload_shipping_info); POST {failNext}: make the next uploads fail. */
async function shippingSandboxRoute(method: string, req: IncomingMessage, res: ServerResponse) {
  if (method === 'POST') {
    const { failNext } = ((await readJson(req)) ?? {}) as { failNext?: unknown };
    if (typeof failNext !== 'number' || !Number.isInteger(failNext) || failNext < 0) throw new HttpError(400, 'failNext must be an integer >= 0');
    shippingSandbox.failNext(failNext);
  }
  return sendJson(res, 200, { ok: true, data: { uploads: shippingSandbox.uploads } });
}

/** GET: image checks waiting for their verdict; POST {hold?, deliver?: traceId | 'all'}: hold verdicts or deliver them now. */
async function mediaChecksRoute(cloud: LocalCloud, method: string, req: IncomingMessage, res: ServerResponse) {
  let delivered: unknown[] = [];
  if (method === 'POST') {
    const body = ((await readJson(req)) ?? {}) as { hold?: unknown; deliver?: unknown };
    if (body.hold !== undefined && typeof body.hold !== 'boolean') throw new HttpError(400, 'hold must be true or false');
    if (body.deliver !== undefined && typeof body.deliver !== 'string') throw new HttpError(400, "deliver must be a trace id or 'all'");
    if (body.hold !== undefined) cloud.mediaChecks.hold(body.hold);
    if (typeof body.deliver === 'string') delivered = await cloud.mediaChecks.deliver(body.deliver === 'all' ? undefined : body.deliver);
  }
  return sendJson(res, 200, { ok: true, data: { waiting: cloud.mediaChecks.waiting, delivered } });
}
