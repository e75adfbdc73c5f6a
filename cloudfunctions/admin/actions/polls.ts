import { z } from 'zod';
import type { PollView } from '../../shared/api';
import type { DealDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { newId } from '../../shared/runtime/ids';
import { idSchema } from '../../shared/runtime/schemas';
import { winningOption } from '../../shared/domain/poll';
import { grant } from '../../shared/grants';
import { memberConfig } from '../../member/flows/config';
import { PLACEHOLDER_PRICE_FEN } from '../../shared/domain/deal-readiness';
import { BallotDoc, PollDoc, pollView } from '../../community/flows/polls';
import { closeWithRecount, finalizeIfDue } from '../../community/flows/finalize';

const draftSchema = z
  .object({
    title: z.string().trim().min(2).max(40),
    description: z.string().trim().max(500).default(''),
    options: z.array(z.object({ label: z.string().trim().min(1).max(30), image: z.string().max(300).optional() })).min(2).max(10),
    maxChoices: z.number().int().min(1).max(10),
    minTier: z.enum(['explorer', 'officer', 'cocreator']),
    openAt: z.iso.datetime({ offset: true }),
    closeAt: z.iso.datetime({ offset: true }),
    dealId: idSchema.optional(),
  })
  .refine((d) => Date.parse(d.closeAt) > Date.parse(d.openAt), { message: '结束时间需晚于开始时间', path: ['closeAt'] })
  .refine((d) => d.maxChoices <= d.options.length, { message: '最多可选数不能超过选项数', path: ['maxChoices'] });

/** Creates a poll (options get stable ids) or edits one that has no ballots yet. */
export const savePoll = action({
  admin: true,
  input: z.object({ pollId: idSchema.optional(), draft: draftSchema }),
  async handler({ pollId, draft }, { db, now, user }): Promise<{ poll: PollView }> {
    const id = pollId ?? newId();
    const existing = pollId ? await getDoc<PollDoc>(db, 'polls', pollId) : null;
    if (pollId && !existing) throw new AppError('NOT_FOUND');
    if (existing && existing.totalVoters > 0) throw new AppError('INVALID_ARGUMENT', '已有人投票，不能再修改');
    const fields = {
      title: draft.title,
      description: draft.description,
      options: draft.options.map((o, i) => ({ optionId: `o${i + 1}`, label: o.label, image: o.image ?? '' })),
      maxChoices: draft.maxChoices,
      minTier: draft.minTier,
      openAt: new Date(draft.openAt),
      closeAt: new Date(draft.closeAt),
      dealId: draft.dealId ?? null,
    };
    if (existing) await db.collection('polls').doc(id).update(fields);
    else await db.collection('polls').add({ _id: id, ...fields, counts: {}, totalVoters: 0, status: 'open', adoptedDealId: null, createdAt: now });
    return { poll: pollView((await getDoc<PollDoc>(db, 'polls', id))!, (await user()).tier, null, now) };
  },
});

export const closePoll = action({
  admin: true,
  input: z.object({ pollId: idSchema }),
  async handler({ pollId }, { db, now, user }): Promise<{ poll: PollView }> {
    const poll = await getDoc<PollDoc>(db, 'polls', pollId);
    if (!poll) throw new AppError('NOT_FOUND');
    return { poll: pollView(await closeWithRecount(db, poll, now), (await user()).tier, null, now) };
  },
});

/**
 * 采纳: a closed poll's winning option becomes a draft deal (the operator sets its
 * prices and stock before 上架); everyone who voted for it is credited as a
 * contributor, with growth, once.
 */
export const adoptPoll = action({
  admin: true,
  input: z.object({ pollId: idSchema }),
  async handler({ pollId }, { db, now }): Promise<{ dealId: string; contributors: number }> {
    const found = await getDoc<PollDoc>(db, 'polls', pollId);
    if (!found) throw new AppError('NOT_FOUND');
    const poll = await finalizeIfDue(db, found, now);
    if (poll.status !== 'closed') throw new AppError('INVALID_ARGUMENT', '投票结束后才能采纳');
    if (poll.adoptedDealId) throw new AppError('ALREADY_JOINED', '这个投票已被采纳');
    const winner = winningOption(poll.options.map((o) => o.optionId), poll.counts);
    const option = poll.options.find((o) => o.optionId === winner);
    if (!option) throw new AppError('INVALID_ARGUMENT', '没有人投票，无法采纳');
    const voters = (await db.collection('ballots').where({ pollId, optionIds: option.optionId }).limit(1000).get()).data as BallotDoc[];
    const template = poll.dealId ? await getDoc<DealDoc>(db, 'deals', poll.dealId) : null;
    const dealId = newId();
    // Nothing made up goes on sale: no picture stays empty, an unknown price is a marked placeholder (see deal-readiness).
    const image = option.image || template?.image || '';
    const deal: DealDoc & { fromPollId: string; contributorOpenids: string[] } = {
      _id: dealId,
      productId: template?.productId ?? '',
      title: option.label,
      subtitle: `社群投票选出 · ${voters.length} 位共创者`,
      image,
      images: image ? [image] : [],
      description: `由「${poll.title}」投票选出，感谢每一位参与共创的伙伴。`,
      groupPriceFen: template?.groupPriceFen ?? PLACEHOLDER_PRICE_FEN,
      placeholderPriceFen: template ? null : PLACEHOLDER_PRICE_FEN,
      soloPriceFen: template?.soloPriceFen ?? null,
      groupSize: template?.groupSize ?? 3,
      timeLimitMinutes: template?.timeLimitMinutes ?? 1440,
      perUserLimit: template?.perUserLimit ?? 5,
      stockInitial: 0,
      stockLeft: 0,
      stockReserved: 0,
      stockSold: 0,
      startAt: now,
      endAt: new Date(now.getTime() + 30 * 86_400_000),
      autoComplete: false,
      commissionBps: template?.commissionBps ?? 1500,
      status: 'draft',
      tags: ['共创新品'],
      createdAt: now,
      updatedAt: now,
      fromPollId: pollId,
      contributorOpenids: voters.map((b) => b.openid),
    };
    const adopted = await db.collection('polls').where({ _id: pollId, adoptedDealId: null }).update({ adoptedDealId: dealId });
    if ((adopted as { updated?: number }).updated !== 1) throw new AppError('ALREADY_JOINED', '这个投票已被采纳');
    await db.collection('deals').add(deal);
    const config = await memberConfig(db);
    for (const b of voters) await grant(db, b.openid, `contribution:${pollId}:${b.openid}`, config.vote, `你投票的「${option.label}」被采纳为新品`, config, now);
    return { dealId, contributors: voters.length };
  },
});
