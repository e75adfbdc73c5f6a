import { z } from 'zod';
import type { CoCreatorApplicationView, MemberSettings } from '../../shared/api';
import type { UserDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { inTransaction, txGet, Tx } from '../../shared/runtime/transaction';
import { recordTierChange } from '../../shared/grants';
import { CoCreatorApplicationDoc, coCreatorApplicationView } from '../../member/flows/co-creator';
import { MEMBER_CONFIG_ID, memberConfig } from '../../member/flows/config';
import { DistributorDoc, ensureDistributor } from '../../distribution/flows/codes';

const statuses = ['pending', 'approved', 'rejected', 'revoked'] as const;

export const coCreatorApplications = action({
  admin: true,
  input: z.object({ status: z.enum(statuses).optional() }),
  async handler({ status }, { db }): Promise<{ items: CoCreatorApplicationView[] }> {
    const res = await db.collection('coCreatorApplications').where(status ? { status } : {}).orderBy('createdAt', 'desc').limit(100).get();
    return { items: await Promise.all((res.data as CoCreatorApplicationDoc[]).map((a) => coCreatorApplicationView(db, a))) };
  },
});

/** Moves an application and the member's tier together, recording why; false when the application was not in `from`. */
async function decide(db: Database, openid: string, from: CoCreatorApplicationDoc['status'], to: CoCreatorApplicationDoc['status'], tier: 'cocreator' | 'officer' | null, note: string, by: string, now: Date): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const app = await txGet<CoCreatorApplicationDoc>(tx, 'coCreatorApplications', openid);
    if (!app || app.status !== from) return false;
    await tx.collection('coCreatorApplications').doc(openid).update({ status: to, note, reviewedAt: now, reviewer: by });
    if (tier) await changeTierInTx(tx, openid, tier, note, by, now, `review:${now.getTime()}`);
    return true;
  });
}

/** The one way a member's tier is set by the brand: the user record and a recorded tier change with its reason, in `tx`. */
async function changeTierInTx(tx: Tx, openid: string, tier: 'cocreator' | 'officer', reason: string, by: string, now: Date, key: string): Promise<boolean> {
  const user = await txGet<UserDoc>(tx, 'users', openid);
  if (!user || user.tier === tier) return false;
  await tx.collection('users').doc(openid).update({ tier, updatedAt: now });
  await recordTierChange(tx, { openid, from: user.tier, to: tier, reason, by, at: now }, key);
  return true;
}

/**
 * Makes a member 共创官 as an approved application would (the application on file
 * approved with `reason`, the tier changed and recorded, a distribution code), for a
 * promotion decided elsewhere, e.g. selection into a 共创计划. Safe to repeat with one `key`.
 */
export async function promoteToCoCreator(db: Database, openid: string, reason: string, by: string, now: Date, key: string): Promise<boolean> {
  const promoted = await inTransaction(db, async (tx) => {
    const app = await txGet<CoCreatorApplicationDoc>(tx, 'coCreatorApplications', openid);
    const decision = { status: 'approved' as const, note: reason, reviewedAt: now, reviewer: by };
    if (!app) await tx.collection('coCreatorApplications').add({ _id: openid, statement: reason, expertise: [], agreedCharterAt: now, createdAt: now, ...decision });
    else if (app.status !== 'approved') await tx.collection('coCreatorApplications').doc(openid).update(decision);
    return changeTierInTx(tx, openid, 'cocreator', reason, by, now, key);
  });
  await ensureDistributor(db, openid, 'cocreator', now);
  return promoted;
}

/** Approve (the member becomes 共创官 and gets a distribution code at once) or reject with a reason. */
export const reviewCoCreatorApplication = action({
  admin: true,
  input: z.object({ openid: idSchema, approve: z.boolean(), note: z.string().trim().min(2).max(200) }),
  async handler({ openid, approve, note }, { db, now, openid: admin }): Promise<{ application: CoCreatorApplicationView }> {
    const done = await decide(db, openid, 'pending', approve ? 'approved' : 'rejected', approve ? 'cocreator' : null, note, admin, now);
    if (!done) throw new AppError('NOT_FOUND', '没有待审核的申请');
    if (approve) await ensureDistributor(db, openid, 'cocreator', now);
    return { application: await coCreatorApplicationView(db, (await getDoc<CoCreatorApplicationDoc>(db, 'coCreatorApplications', openid))!) };
  },
});

/** Revokes a co-creator: back to 体验官; a code they got as co-creator is suspended. */
export const revokeCoCreator = action({
  admin: true,
  input: z.object({ openid: idSchema, reason: z.string().trim().min(2).max(200) }),
  async handler({ openid, reason }, { db, now, openid: admin }): Promise<{ application: CoCreatorApplicationView }> {
    if (!(await decide(db, openid, 'approved', 'revoked', 'officer', reason, admin, now))) throw new AppError('NOT_FOUND', '这位成员不是共创官');
    const distributor = await getDoc<DistributorDoc>(db, 'distributors', openid);
    if (distributor?.source === 'cocreator') {
      await db.collection('distributors').doc(openid).update({ status: 'suspended', updatedAt: now });
      await db.collection('users').doc(openid).update({ isDistributor: false, updatedAt: now });
    }
    return { application: await coCreatorApplicationView(db, (await getDoc<CoCreatorApplicationDoc>(db, 'coCreatorApplications', openid))!) };
  },
});

const reward = z.object({ growth: z.number().int().min(0).max(1000), points: z.number().int().min(0).max(10_000) });
const settingsSchema = z.object({ officerThreshold: z.number().int().min(1).max(100_000), checkinRewards: z.array(reward).min(1).max(31) });

export const memberSettings = action({
  admin: true,
  input: z.object({}),
  async handler(_input, { db }): Promise<MemberSettings> {
    const { officerThreshold, checkinRewards } = await memberConfig(db);
    return { officerThreshold, checkinRewards };
  },
});

/** The 体验官 threshold and the check-in reward table (its length is the cycle). */
export const saveMemberSettings = action({
  admin: true,
  input: settingsSchema,
  async handler(settings, { db }): Promise<MemberSettings> {
    const current = await getDoc<Record<string, unknown>>(db, 'config', MEMBER_CONFIG_ID);
    const { _id, ...rest } = current ?? {};
    await db.collection('config').doc(MEMBER_CONFIG_ID).set({ ...rest, ...settings });
    const { officerThreshold, checkinRewards } = await memberConfig(db);
    return { officerThreshold, checkinRewards };
  },
});
