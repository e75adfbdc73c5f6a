import type { Database } from '../../shared/runtime/cloud';
import { insertOnce, updatedCount } from '../../shared/runtime/documents';
import { AppError } from '../../shared/runtime/app-error';
import { newId } from '../../shared/runtime/ids';
import { distributorByCode } from '../../distribution/flows/codes';
import type { TrackInput, TrackOutput } from '../../shared/api/analytics';
import type { AnalyticsEventDoc, AnalyticsLimitDoc } from '../../shared/model';
import { TRACK_LIMIT_PER_MINUTE, VISIT_DEDUP_MINUTES } from '../../shared/domain/analytics';

/**
 * Records a share or visit. A code must be an active distributor's (a visit needs
 * one); at most TRACK_LIMIT_PER_MINUTE calls a member a minute (RATE_LIMITED beyond,
 * nothing written); a visit by the same member with the same code counts once per
 * VISIT_DEDUP_MINUTES window (`recorded: false`).
 */
export async function track(db: Database, openid: string, input: TrackInput, now: Date): Promise<TrackOutput> {
  if (input.kind === 'visit' && !input.code) throw new AppError('INVALID_ARGUMENT', '带码访问需要团长码');
  if (input.code) {
    const distributor = await distributorByCode(db, input.code);
    if (!distributor || distributor.status !== 'active') throw new AppError('INVALID_ARGUMENT', '团长码不存在或已停用');
  }
  await takeSlot(db, openid, now);
  const window = Math.floor(now.getTime() / (VISIT_DEDUP_MINUTES * 60_000));
  const doc: AnalyticsEventDoc = {
    _id: input.kind === 'visit' ? `visit_${openid}_${input.code}_${window}` : newId(),
    kind: input.kind,
    openid,
    code: input.code ?? null,
    page: input.page ?? null,
    dealId: input.dealId ?? null,
    at: now,
  };
  return { recorded: await insertOnce(db, 'analyticsEvents', doc) };
}

/** One of the member's calls this minute: the minute's document is created with 1, then moved only while under the limit. */
async function takeSlot(db: Database, openid: string, now: Date): Promise<void> {
  const minute = Math.floor(now.getTime() / 60_000);
  const _id = `${openid}_${minute}`;
  if (await insertOnce<AnalyticsLimitDoc>(db, 'analyticsLimits', { _id, count: 1, at: now })) return;
  const res = await db.collection('analyticsLimits').where({ _id, count: db.command.lt(TRACK_LIMIT_PER_MINUTE) }).update({ count: db.command.inc(1) });
  if (updatedCount(res) === 0) throw new AppError('RATE_LIMITED', `每分钟最多上报 ${TRACK_LIMIT_PER_MINUTE} 次`);
}
