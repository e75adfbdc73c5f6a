import { z } from 'zod';
import type { CommentView, ProposalView } from '../../shared/api';
import type { ProposalCommentDoc, ProposalDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { PROPOSAL_LABELS } from '../../shared/domain/cocreation';
import { assertMayContribute, credit, loadProject } from '../flows/projects';
import { clientTokenSchema, imagesSchema, retryId, textSchema } from '../flows/inputs';
import { assertTextPasses } from '../flows/text';
import { commentView, proposalView } from '../flows/views';

const kinds = Object.keys(PROPOSAL_LABELS) as [keyof typeof PROPOSAL_LABELS, ...(keyof typeof PROPOSAL_LABELS)[]];

/** 方案共创: only the project's 产品共创官 submit proposals (配方, 包装, 供应商推荐, 文案). */
export const submitProposal = action({
  input: z.object({ projectId: idSchema, kind: z.enum(kinds, { error: '请选择方案类型' }), text: textSchema(2000, '写下你的方案吧'), images: imagesSchema, clientToken: clientTokenSchema }),
  async handler({ projectId, kind, text, images, clientToken }, { db, now, openid, user }): Promise<{ proposal: ProposalView }> {
    const project = await loadProject(db, projectId);
    await assertMayContribute(db, project, openid, 'proposal');
    if (!project.coCreators.includes(openid)) throw new AppError('NOT_PROJECT_COCREATOR');
    await assertTextPasses(text, openid);
    const me = await user();
    const author = { nickname: me.nickname, avatar: me.avatar };
    const proposal: ProposalDoc = { _id: retryId(openid, clientToken), projectId, openid, kind, text, images, adopted: false, createdAt: now };
    if (!(await insertOnce(db, 'proposals', proposal))) {
      const again = await getDoc<ProposalDoc>(db, 'proposals', proposal._id);
      if (again?.openid !== openid) throw new AppError('INVALID_ARGUMENT', '请求重复了');
      return { proposal: proposalView(again, author, []) };
    }
    await credit(db, { key: `proposal:${proposal._id}`, projectId, openid, kind: 'proposal', ref: proposal._id, label: `提交${PROPOSAL_LABELS[kind]}方案` }, now);
    return { proposal: proposalView(proposal, author, []) };
  },
});

/** The project's co-creators and the brand comment on a proposal. */
export const commentProposal = action({
  input: z.object({ proposalId: idSchema, text: textSchema(500, '写点评论吧'), clientToken: clientTokenSchema }),
  async handler({ proposalId, text, clientToken }, { db, now, openid, user }): Promise<{ comment: CommentView }> {
    const proposal = await getDoc<ProposalDoc>(db, 'proposals', proposalId);
    if (!proposal) throw new AppError('NOT_FOUND', '没有找到这个方案');
    const me = await user();
    const project = await loadProject(db, proposal.projectId, { admin: me.isAdmin });
    if (!me.isAdmin) {
      await assertMayContribute(db, project, openid, 'comment');
      if (!project.coCreators.includes(openid)) throw new AppError('NOT_PROJECT_COCREATOR');
      await assertTextPasses(text, openid);
    }
    const comment: ProposalCommentDoc = { _id: retryId(openid, clientToken), proposalId, projectId: project._id, openid, isBrand: me.isAdmin, text, createdAt: now };
    const stored = (await insertOnce(db, 'proposalComments', comment)) ? comment : await getDoc<ProposalCommentDoc>(db, 'proposalComments', comment._id);
    if (!stored || stored.openid !== openid) throw new AppError('INVALID_ARGUMENT', '请求重复了');
    return { comment: commentView(stored, { nickname: me.nickname, avatar: me.avatar }) };
  },
});
