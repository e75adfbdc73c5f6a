import { z } from 'zod';
import type { ContestView } from '../../shared/api';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { newId } from '../../shared/runtime/ids';
import { idSchema } from '../../shared/runtime/schemas';
import { awardRefusal } from '../../shared/domain/contest';
import { TOPIC_MAX } from '../../shared/domain/post';
import { grant } from '../../shared/grants';
import { memberConfig } from '../../member/flows/config';
import { ContestDoc, contestRules, contestView, entryCounts } from '../../community/flows/contests';
import type { PostDoc } from '../../community/flows/posts';
import { rewardFeatured } from '../../community/flows/rewards';

const draftSchema = z
  .object({
    title: z.string().trim().min(2, '标题至少 2 个字').max(40, '标题最多 40 字'),
    description: z.string().trim().max(500, '说明最多 500 字').default(''),
    topic: z.string().trim().min(1, '请填写话题').max(TOPIC_MAX, `话题最多 ${TOPIC_MAX} 字`),
    cover: z.string().max(300).default(''),
    startAt: z.iso.datetime({ offset: true }),
    endAt: z.iso.datetime({ offset: true }),
    reward: z.object({ growth: z.number().int().min(0).max(10_000), points: z.number().int().min(0).max(100_000) }),
    maxWinners: z.number().int().min(1).max(20),
  })
  .refine((d) => Date.parse(d.endAt) > Date.parse(d.startAt), { message: '结束时间需晚于开始时间', path: ['endAt'] });

/** Creates a contest, or edits one that has not ended. */
export const saveContest = action({
  admin: true,
  input: z.object({ contestId: idSchema.optional(), draft: draftSchema }),
  async handler({ contestId, draft }, { db, now }): Promise<{ contest: ContestView }> {
    const fields = { ...draft, startAt: new Date(draft.startAt), endAt: new Date(draft.endAt), updatedAt: now };
    if (!contestId) {
      const contest: ContestDoc = { _id: newId(), ...fields, winners: [], awardedAt: null, awardedBy: null, createdAt: now };
      await db.collection('contests').add(contest);
      return { contest: contestView(contest, 0, now) };
    }
    const _ = db.command;
    const res = await db.collection('contests').where({ _id: contestId, endAt: _.gt(now), awardedAt: null }).update(fields);
    if (!updatedCount(res)) {
      if (!(await getDoc(db, 'contests', contestId))) throw new AppError('NOT_FOUND', '活动不存在');
      throw new AppError('INVALID_ARGUMENT', '活动已结束，不能再修改');
    }
    const contest = (await getDoc<ContestDoc>(db, 'contests', contestId))!;
    return { contest: contestView(contest, (await entryCounts(db, [contestId])).get(contestId) ?? 0, now) };
  },
});

/**
 * 评选: names the winners once the contest ended. The contest is marked awarded by a
 * conditional update first, so two admins never award twice; then each winner is
 * featured and earns the contest's reward (both keyed: the same award sent again only
 * finishes what a failure left undone).
 */
export const awardContest = action({
  admin: true,
  input: z.object({ contestId: idSchema, postIds: z.array(idSchema).max(20) }),
  async handler({ contestId, postIds }, { db, now, openid }): Promise<{ contest: ContestView }> {
    const contest = await getDoc<ContestDoc>(db, 'contests', contestId);
    if (!contest) throw new AppError('NOT_FOUND', '活动不存在');
    const retry = contest.awardedAt !== null && contest.winners.map((w) => w.postId).join() === postIds.join();
    const refusal = retry ? null : awardRefusal(contestRules(contest), postIds, now);
    if (refusal) throw new AppError('INVALID_ARGUMENT', refusal);
    const _ = db.command;
    const posts = (await db.collection('posts').where({ _id: _.in(postIds) }).limit(postIds.length).get()).data as PostDoc[];
    const entries = postIds.map((id) => posts.find((p) => p._id === id));
    if (entries.some((p) => !p || p.contestId !== contestId || p.status !== 'published')) {
      throw new AppError('INVALID_ARGUMENT', '只能从本活动已发布的作品中评选');
    }
    const winners = (entries as PostDoc[]).map((p) => ({ postId: p._id, nickname: p.author.nickname, avatar: p.author.avatar }));
    const res = await db.collection('contests').where({ _id: contestId, awardedAt: null }).update({ winners, awardedAt: now, awardedBy: openid, updatedAt: now });
    if (!updatedCount(res)) {
      // Only the same award again (a retry after a failure below) may go on, to finish the rewards.
      const current = await getDoc<ContestDoc>(db, 'contests', contestId);
      if (current?.winners.map((w) => w.postId).join() !== postIds.join()) throw new AppError('INVALID_ARGUMENT', '这个活动已经评选过了');
    }
    const config = await memberConfig(db);
    for (const post of entries as PostDoc[]) {
      await db.collection('posts').where({ _id: post._id, status: 'published' }).update({ featured: true, featuredAt: now, contestWinner: true, updatedAt: now });
      await rewardFeatured(db, post, now);
      await grant(db, post.authorOpenid, `contest:${contestId}:${post._id}`, contest.reward, `征集活动获奖：${contest.title}`, config, now);
    }
    const awarded = (await getDoc<ContestDoc>(db, 'contests', contestId))!;
    return { contest: contestView(awarded, (await entryCounts(db, [contestId])).get(contestId) ?? 0, now) };
  },
});
