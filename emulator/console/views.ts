import fs from 'fs';
import path from 'path';
import type { LocalCloud } from '../local-cloud';
import type { PartnerDoc, PickupPointDoc, UserDoc } from '../../cloudfunctions/shared/model';
import { now, clockOffsetMs } from '../../cloudfunctions/shared/runtime/clock';
import { JOBS } from '../../cloudfunctions/tick/jobs';
import { outbox } from '../../cloudfunctions/shared/providers/notifier';
import { sandboxControl } from '../../cloudfunctions/shared/providers/payment';
import { payoutSandbox } from '../../cloudfunctions/shared/providers/payout';
import { shippingSandbox } from '../../cloudfunctions/shared/providers/shipping';
import { fileIdFor } from '../storage';
import { allDocs } from './data';
import { toDisplay } from './display-json';
import { requestLog } from './request-log';

/** Every timer trigger of cloudbaserc.json with its job's cron, its last run (jobRuns) and its last call (the request log). */
export async function timers(cloud: LocalCloud) {
  const runs = new Map((await allDocs<{ _id: string } & Record<string, unknown>>(cloud, 'jobRuns')).map((r) => [r._id, r]));
  const calls = requestLog.since(0);
  return cloud.deployment.flatMap((spec) =>
    (spec.triggers ?? [])
      .filter((t) => t.type === 'timer')
      .map((t) => {
        const run = runs.get(t.name);
        const call = calls.find((c) => c.fn === spec.name && c.action === `timer ${t.name}`);
        return {
          name: t.name,
          fn: spec.name,
          cron: t.config,
          jobCron: JOBS.find((j) => j.name === t.name)?.cron ?? null,
          lastRun: run && run.lastRunAt
            ? { at: toDisplay(run.lastRunAt), ok: run.lastOk === true, spentMs: run.lastSpentMs ?? null, counts: run.lastCounts ?? {}, error: run.lastError ?? null }
            : null,
          lastCall: call ? { at: call.at, durationMs: call.durationMs, result: call.result, dbRoundTrips: call.dbRoundTrips } : null,
        };
      }),
  );
}

/** What the sandboxes sent or received: subscription messages, refunds, transfers, shipping uploads, notifications, image checks. */
export function outboxes(cloud: LocalCloud) {
  return {
    messages: toDisplay(outbox.sent.slice().reverse()),
    refunds: toDisplay(sandboxControl.refundsIssued.slice().reverse()),
    transfers: toDisplay(payoutSandbox.transfers.slice().reverse()),
    shipping: toDisplay(shippingSandbox.uploads.slice().reverse()),
    notifications: requestLog.since(0).filter((c) => /Notify$/.test(c.fn)).slice(0, 200),
    mediaChecks: { waiting: cloud.mediaChecks.waiting, held: cloud.mediaChecks.isHeld },
  };
}

export function clock() {
  return { now: now().toISOString(), offsetMs: clockOffsetMs() };
}

const FILE_ID = /^cloud:\/\/[^/]+\/(.+)$/;

/** A cloud file id as the local storage URL that serves it; other URLs as they are. */
function avatarUrl(fileId: unknown): string | null {
  if (typeof fileId !== 'string' || !fileId) return null;
  const m = FILE_ID.exec(fileId);
  return m ? '/storage/' + m[1] : fileId;
}

const IMAGE = /\.(png|jpe?g|gif|webp|svg)$/i;
const MAX_FILES = 500;

/** The files in local storage, newest first (at most 500). */
export function storageFiles(cloud: LocalCloud) {
  const root = cloud.storage.root;
  const files: { path: string; size: number; modifiedAt: string; url: string; fileId: string; image: boolean }[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && !e.name.endsWith('.part')) {
        const rel = path.relative(root, full).split(path.sep).join('/');
        const stat = fs.statSync(full);
        files.push({
          path: rel, size: stat.size, modifiedAt: stat.mtime.toISOString(),
          url: '/storage/' + rel.split('/').map(encodeURIComponent).join('/'), fileId: fileIdFor(rel), image: IMAGE.test(e.name),
        });
      }
    }
  };
  walk(root);
  files.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.path.localeCompare(b.path));
  return { total: files.length, files: files.slice(0, MAX_FILES) };
}

/** Who exists, their tier and roles (admin, distributor, partner or pickup-point staff). */
export async function users(cloud: LocalCloud) {
  const [list, partners, points] = await Promise.all([
    allDocs<UserDoc>(cloud, 'users', { createdAt: 1 }),
    allDocs<PartnerDoc>(cloud, 'partners'),
    allDocs<PickupPointDoc>(cloud, 'pickupPoints'),
  ]);
  const staffOf = (openid: string) => [
    ...partners.filter((p) => (p.staff ?? []).includes(openid)).map((p) => `partner staff · ${p.name}`),
    ...points.filter((p) => p.ownerOpenid === openid || (p.staff ?? []).includes(openid)).map((p) => `pickup ${p.ownerOpenid === openid ? 'owner' : 'staff'} · ${p.name}`),
  ];
  return list.map((u) => ({
    openid: u._id,
    nickname: u.nickname,
    avatar: avatarUrl(u.avatar),
    tier: u.tier,
    points: u.points,
    roles: [...(u.isAdmin ? ['admin'] : []), ...(u.isDistributor ? ['distributor'] : []), ...staffOf(u._id)],
    createdAt: toDisplay(u.createdAt),
  }));
}
