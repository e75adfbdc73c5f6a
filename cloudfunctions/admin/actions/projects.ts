import { z } from 'zod';
import type { ProjectDetail } from '../../shared/api';
import { PHASES, phaseChangeRefusal, type ProjectPhase } from '../../shared/domain/cocreation';
import type { ProjectDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, insertOnce, updatedCount } from '../../shared/runtime/documents';
import { newId } from '../../shared/runtime/ids';
import { idSchema } from '../../shared/runtime/schemas';
import { projectDraftSchema } from '../project-draft';
import { loadProject } from '../../cocreation/flows/projects';
import { projectDetail } from '../../cocreation/flows/views';

const sameRules = (a: ProjectDoc['rules'], b: ProjectDoc['rules']) => JSON.stringify([a.scope, a.ownership, a.credit, a.rewards]) === JSON.stringify([b.scope, b.ownership, b.credit, b.rewards]);

/**
 * Creates a project as a draft, or edits one. A change of the rules makes a new
 * version (the old text stays in the history): participants accept again before
 * their next contribution.
 */
export const saveProject = action({
  admin: true,
  input: z.object({ projectId: idSchema.optional(), draft: projectDraftSchema }),
  async handler({ projectId, draft }, { db, now, openid }): Promise<{ project: ProjectDetail }> {
    const fields = { ...draft, pollId: draft.pollId ?? null, updatedAt: now };
    if (!projectId) {
      const project: ProjectDoc = {
        _id: newId(),
        ...fields,
        rulesVersion: 1,
        rulesHistory: [{ version: 1, rules: draft.rules, at: now }],
        phase: 'draft',
        coCreators: [],
        launchedDealId: null,
        participants: 0,
        ideaCount: 0,
        createdAt: now,
      };
      await insertOnce(db, 'projects', project);
      return { project: await projectDetail(db, project, openid) };
    }
    const current = await loadProject(db, projectId, { admin: true });
    if (draft.maxCoCreators < current.coCreators.length) throw new AppError('INVALID_ARGUMENT', `已选出 ${current.coCreators.length} 位共创官，名额不能更少`);
    if (sameRules(current.rules, draft.rules)) {
      await db.collection('projects').doc(projectId).update(fields);
    } else {
      const _ = db.command;
      const version = current.rulesVersion + 1;
      const bumped = updatedCount(
        await db.collection('projects').where({ _id: projectId, rulesVersion: current.rulesVersion }).update({ ...fields, rulesVersion: version, rulesHistory: _.push([{ version, rules: draft.rules, at: now }]) }),
      );
      if (!bumped) throw new AppError('CONFLICT', '规则刚被修改过，请刷新后再保存');
    }
    return { project: await projectDetail(db, (await getDoc<ProjectDoc>(db, 'projects', projectId))!, openid) };
  },
});

/** Opens the next phase (forward only; 上市 comes with launchProject), by a conditional update on the phase read. */
export const setProjectPhase = action({
  admin: true,
  input: z.object({ projectId: idSchema, phase: z.enum(PHASES as unknown as [ProjectPhase, ...ProjectPhase[]]) }),
  async handler({ projectId, phase }, { db, now, openid }): Promise<{ project: ProjectDetail }> {
    const current = await loadProject(db, projectId, { admin: true });
    const refusal = phaseChangeRefusal(current.phase, phase);
    if (refusal) throw new AppError('INVALID_ARGUMENT', refusal);
    const moved = updatedCount(await db.collection('projects').where({ _id: projectId, phase: current.phase }).update({ phase, updatedAt: now }));
    if (!moved) throw new AppError('CONFLICT', '阶段刚被修改过，请刷新后重试');
    return { project: await projectDetail(db, (await getDoc<ProjectDoc>(db, 'projects', projectId))!, openid) };
  },
});
