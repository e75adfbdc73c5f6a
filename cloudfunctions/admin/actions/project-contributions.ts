import { z } from 'zod';
import type { IdeaView, ProjectApplicationView, ProjectDetail, ProposalView, TrialRoundView } from '../../shared/api';
import { PROPOSAL_LABELS } from '../../shared/domain/cocreation';
import type { IdeaDoc, ProjectApplicationDoc, ProposalCommentDoc, ProposalDoc, TrialRoundDoc, UserDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { docsByIds, getDoc, insertOnce, updatedCount } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { newId } from '../../shared/runtime/ids';
import { credit, loadProject } from '../../cocreation/flows/projects';
import { commentView, ideaView, people, projectDetail, proposalView, roundView } from '../../cocreation/flows/views';
import { promoteToCoCreator } from './co-creators';

const note = z.string().trim().min(1, '请写一句采纳说明').max(200, '最多 200 字');

/** 采纳想法: marks the idea adopted with a note and credits its author once. */
export const adoptIdea = action({
  admin: true,
  input: z.object({ ideaId: idSchema, note }),
  async handler({ ideaId, note: adoptionNote }, { db, now, openid }): Promise<{ idea: IdeaView }> {
    const idea = await getDoc<IdeaDoc>(db, 'ideas', ideaId);
    if (!idea) throw new AppError('NOT_FOUND', '没有找到这条想法');
    await db.collection('ideas').doc(ideaId).update({ adopted: true, adoptionNote });
    await credit(db, { key: `idea_adopted:${ideaId}`, projectId: idea.projectId, openid: idea.openid, kind: 'idea_adopted', ref: ideaId, label: `想法被采纳：${adoptionNote}` }, now);
    const names = await people(db, [idea.openid]);
    const voted = await getDoc(db, 'ideaVotes', `${ideaId}_${openid}`);
    return { idea: ideaView({ ...idea, adopted: true, adoptionNote }, names.get(idea.openid) ?? { nickname: '', avatar: '' }, !!voted) };
  },
});

export const projectApplications = action({
  admin: true,
  input: z.object({ projectId: idSchema }),
  async handler({ projectId }, { db }): Promise<{ items: ProjectApplicationView[] }> {
    const apps = (await db.collection('projectApplications').where({ projectId }).orderBy('createdAt', 'asc').limit(1000).get()).data as ProjectApplicationDoc[];
    const byId = await docsByIds<UserDoc>(db, 'users', apps.map((a) => a.openid));
    return {
      items: apps.map((a) => ({
        openid: a.openid,
        nickname: byId.get(a.openid)?.nickname ?? '',
        avatar: byId.get(a.openid)?.avatar ?? '',
        tier: byId.get(a.openid)?.tier ?? 'explorer',
        statement: a.statement,
        expertise: a.expertise,
        images: a.images,
        status: a.status,
        createdAt: new Date(a.createdAt).toISOString(),
      })),
    };
  },
});

/**
 * 选出产品共创官: up to `maxCoCreators` in total, from the applicants. Each is
 * credited once and, if not yet 共创官, promoted with the reason recorded; the
 * other pending applications are declined. Safe to repeat.
 */
export const selectCoCreators = action({
  admin: true,
  input: z.object({ projectId: idSchema, openids: z.array(idSchema).min(1, '请至少选择一位').max(20) }),
  async handler({ projectId, openids }, { db, now, openid: admin }): Promise<{ project: ProjectDetail }> {
    const _ = db.command;
    const project = await loadProject(db, projectId, { admin: true });
    if (project.phase !== 'recruiting') throw new AppError('PHASE_CLOSED', '只能在「共创官招募」阶段选择共创官');
    const picked = [...new Set(openids)];
    const apps = (await db.collection('projectApplications').where({ projectId }).limit(1000).get()).data as ProjectApplicationDoc[];
    const applied = new Set(apps.map((a) => a.openid));
    if (picked.some((id) => !applied.has(id))) throw new AppError('INVALID_ARGUMENT', '只能从申请者中选择');
    const added = picked.filter((id) => !project.coCreators.includes(id));
    if (project.coCreators.length + added.length > project.maxCoCreators) throw new AppError('INVALID_ARGUMENT', `本计划最多 ${project.maxCoCreators} 位产品共创官`);
    if (added.length) {
      const won = updatedCount(
        await db.collection('projects').where({ _id: projectId, phase: 'recruiting', coCreators: _.size(project.coCreators.length) }).update({ coCreators: [...project.coCreators, ...added], updatedAt: now }),
      );
      if (!won) throw new AppError('CONFLICT', '共创官名单刚被修改过，请刷新后重试');
    }
    const reason = `入选《${project.title}》产品共创官`;
    for (const member of picked) {
      await db.collection('projectApplications').doc(`${projectId}_${member}`).update({ status: 'selected', decidedAt: now });
      await credit(db, { key: `selected:${projectId}_${member}`, projectId, openid: member, kind: 'selected', ref: projectId, label: reason }, now);
      const user = await getDoc<UserDoc>(db, 'users', member);
      if (user && user.tier !== 'cocreator') await promoteToCoCreator(db, member, reason, admin, now, `project:${projectId}`);
    }
    await db.collection('projectApplications').where({ projectId, status: 'pending' }).update({ status: 'declined', decidedAt: now });
    return { project: await projectDetail(db, (await loadProject(db, projectId, { admin: true })), admin) };
  },
});

/** 采纳方案: credits its author once; a supplier introduction also counts as 供应商推荐被采纳. */
export const adoptProposal = action({
  admin: true,
  input: z.object({ proposalId: idSchema }),
  async handler({ proposalId }, { db, now }): Promise<{ proposal: ProposalView }> {
    const proposal = await getDoc<ProposalDoc>(db, 'proposals', proposalId);
    if (!proposal) throw new AppError('NOT_FOUND', '没有找到这个方案');
    await db.collection('proposals').doc(proposalId).update({ adopted: true });
    const base = { projectId: proposal.projectId, openid: proposal.openid, ref: proposalId };
    await credit(db, { ...base, key: `proposal_adopted:${proposalId}`, kind: 'proposal_adopted', label: `${PROPOSAL_LABELS[proposal.kind]}方案被采纳` }, now);
    if (proposal.kind === 'supplier') await credit(db, { ...base, key: `supplier_adopted:${proposalId}`, kind: 'supplier_adopted', label: '推荐的供应商被采纳' }, now);
    const comments = (await db.collection('proposalComments').where({ proposalId }).orderBy('createdAt', 'asc').limit(1000).get()).data as ProposalCommentDoc[];
    const names = await people(db, [proposal.openid, ...comments.map((c) => c.openid)]);
    const who = (id: string) => names.get(id) ?? { nickname: '', avatar: '' };
    return { proposal: proposalView({ ...proposal, adopted: true }, who(proposal.openid), comments.map((c) => commentView(c, who(c.openid)))) };
  },
});

/** 寄出样品: a trial round whose members are the project's co-creators now. Only in 内测. */
export const openTrialRound = action({
  admin: true,
  input: z.object({ projectId: idSchema, version: z.string().trim().min(1, '请写明样品版本').max(60), changes: z.string().trim().max(500).default(''), roundId: idSchema.optional() }),
  async handler({ projectId, version, changes, roundId }, { db, now, openid }): Promise<{ round: TrialRoundView }> {
    const project = await loadProject(db, projectId, { admin: true });
    if (project.phase !== 'trial') throw new AppError('PHASE_CLOSED', '只能在「内测」阶段寄出样品');
    if (!project.coCreators.length) throw new AppError('INVALID_ARGUMENT', '还没有产品共创官，先完成招募');
    const round: TrialRoundDoc = { _id: roundId ?? newId(), projectId, version, changes, members: project.coCreators, sentAt: now };
    const stored = (await insertOnce(db, 'trialRounds', round)) ? round : await getDoc<TrialRoundDoc>(db, 'trialRounds', round._id);
    if (!stored || stored.projectId !== projectId) throw new AppError('INVALID_ARGUMENT', '请求重复了');
    return { round: roundView(stored, [], openid) };
  },
});
