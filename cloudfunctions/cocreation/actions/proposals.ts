import { z } from 'zod';
import type { CommentView, ProposalView } from '../../shared/api';
import type { ProposalCommentDoc, ProposalDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { joinedOne, lookupById, readJoined } from '../../shared/runtime/aggregate';
import { idSchema } from '../../shared/runtime/schemas';
import { PROPOSAL_LABELS } from '../../shared/domain/cocreation';
import { assertMayContribute, profileOf, projectLookups, projectOfRow, readContributor, record } from '../flows/projects';
import { clientTokenSchema, imagesSchema, retryId, textSchema } from '../flows/inputs';
import { assertTextPasses } from '../flows/text';
import { commentView, proposalView } from '../flows/views';

const kinds = Object.keys(PROPOSAL_LABELS) as [keyof typeof PROPOSAL_LABELS, ...(keyof typeof PROPOSAL_LABELS)[]];

/**
 * 方案共创: only the project's 产品共创官 submit proposals (配方, 包装, 供应商推荐, 文案).
 * One read (the project, the member's acceptance and profile, what a retry left), the
 * proposal, its credit (and the project's `participants` on a first contribution): 3–4
 * round trips. A retry answers the proposal stored and finishes its credit if need be.
 */
export const submitProposal = action({
  input: z.object({ projectId: idSchema, kind: z.enum(kinds, { error: '请选择方案类型' }), text: textSchema(2000, '写下你的方案吧'), images: imagesSchema, clientToken: clientTokenSchema }),
  async handler({ projectId, kind, text, images, clientToken }, { db, now, openid }): Promise<{ proposal: ProposalView }> {
    const proposalId = retryId(openid, clientToken);
    const key = `proposal:${proposalId}`;
    const read = await readContributor(db, projectId, openid, now, clientToken ? [lookupById('proposals', proposalId, 'retried'), lookupById('contributions', key, 'credited')] : []);
    assertMayContribute(read.project, read.acceptedVersion, 'proposal');
    if (!read.project.coCreators.includes(openid)) throw new AppError('NOT_PROJECT_COCREATOR');
    const author = { nickname: read.me.nickname, avatar: read.me.avatar };
    let proposal = joinedOne<ProposalDoc>(read.row, 'retried');
    if (!proposal) {
      await assertTextPasses(text, openid);
      const fresh: ProposalDoc = { _id: proposalId, projectId, openid, kind, text, images, adopted: false, createdAt: now };
      proposal = (await insertOnce(db, 'proposals', fresh)) ? fresh : await getDoc<ProposalDoc>(db, 'proposals', proposalId);
    }
    if (proposal?.openid !== openid || proposal.projectId !== projectId) throw new AppError('INVALID_ARGUMENT', '请求重复了');
    if (!joinedOne(read.row, 'credited')) {
      const credit = { key, projectId, openid, kind: 'proposal' as const, ref: proposal._id, label: `提交${PROPOSAL_LABELS[proposal.kind]}方案` };
      await record(db, credit, now, { contributed: read.contributed });
    }
    return { proposal: proposalView(proposal, author, []) };
  },
});

/**
 * The project's co-creators and the brand comment on a proposal. One read (the
 * proposal, its project, the caller's acceptances, profile and retried comment) and
 * the comment: 2 round trips.
 */
export const commentProposal = action({
  input: z.object({ proposalId: idSchema, text: textSchema(500, '写点评论吧'), clientToken: clientTokenSchema }),
  async handler({ proposalId, text, clientToken }, { db, now, openid }): Promise<{ comment: CommentView }> {
    const commentId = retryId(openid, clientToken);
    const lookups = [...projectLookups(openid), lookupById('users', openid, 'me'), ...(clientToken ? [lookupById('proposalComments', commentId, 'retried')] : [])];
    const row = await readJoined(db, 'proposals', proposalId, lookups);
    if (!row) throw new AppError('NOT_FOUND', '没有找到这个方案');
    const me = profileOf(row, 'me', openid, now);
    const { project, acceptedVersion } = projectOfRow(row, { admin: me.isAdmin });
    if (!me.isAdmin) {
      assertMayContribute(project, acceptedVersion, 'comment');
      if (!project.coCreators.includes(openid)) throw new AppError('NOT_PROJECT_COCREATOR');
    }
    let stored = joinedOne<ProposalCommentDoc>(row, 'retried');
    if (!stored) {
      if (!me.isAdmin) await assertTextPasses(text, openid);
      const comment: ProposalCommentDoc = { _id: commentId, proposalId, projectId: project._id, openid, isBrand: me.isAdmin, text, createdAt: now };
      stored = (await insertOnce(db, 'proposalComments', comment)) ? comment : await getDoc<ProposalCommentDoc>(db, 'proposalComments', commentId);
    }
    if (!stored || stored.openid !== openid || stored.proposalId !== proposalId) throw new AppError('INVALID_ARGUMENT', '请求重复了');
    return { comment: commentView(stored, { nickname: me.nickname, avatar: me.avatar }) };
  },
});

