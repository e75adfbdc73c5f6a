import { z } from 'zod';
import type { ProjectCard, ProjectDetail } from '../../shared/api';
import type { ProjectDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { pageByTime } from '../../shared/runtime/paging';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { AcceptanceDoc, acceptanceId, loadProject } from '../flows/projects';
import { detailOf, projectCard, readProjectPage } from '../flows/views';

const PAGE_SIZE = 20;

/** Newest first; members see projects once they open, the brand also its drafts. */
export const listProjects = action({
  input: z.object({ cursor: cursorSchema }),
  async handler({ cursor }, { db, user }): Promise<{ items: ProjectCard[]; cursor?: string }> {
    const me = await user();
    const where = me.isAdmin ? {} : { phase: db.command.neq('draft') };
    const page = await pageByTime<ProjectDoc>(db, 'projects', where, 'createdAt', cursor, PAGE_SIZE);
    return { items: page.items.map(projectCard), ...(page.cursor ? { cursor: page.cursor } : {}) };
  },
});

export const getProject = action({
  input: z.object({ projectId: idSchema }),
  async handler({ projectId }, { db, openid, user }): Promise<{ project: ProjectDetail }> {
    const read = await readProjectPage(db, projectId, openid);
    // A draft is the brand's only: its profile is read for it alone.
    if (!read || (read.project.phase === 'draft' && !(await user()).isAdmin)) throw new AppError('NOT_FOUND', '没有找到这个共创计划');
    return { project: await detailOf(db, read.project, read.parts, openid) };
  },
});

/** 规则先行: records the accepted version; earlier acceptances stay in the history. */
export const acceptRules = action({
  input: z.object({ projectId: idSchema, rulesVersion: z.number().int().min(1) }),
  async handler({ projectId, rulesVersion }, { db, now, openid, user }): Promise<{ acceptedVersion: number }> {
    const project = await loadProject(db, projectId, { admin: (await user()).isAdmin });
    if (rulesVersion !== project.rulesVersion) throw new AppError('INVALID_ARGUMENT', '规则已更新，请阅读最新版本后再同意');
    const id = acceptanceId(projectId, openid);
    const entry = { version: rulesVersion, at: now };
    const fresh: AcceptanceDoc = { _id: id, projectId, openid, version: rulesVersion, history: [entry] };
    if (!(await insertOnce(db, 'rulesAcceptances', fresh))) {
      const _ = db.command;
      await db.collection('rulesAcceptances').where({ _id: id, version: _.neq(rulesVersion) }).update({ version: rulesVersion, history: _.push([entry]) });
    }
    const stored = await getDoc<AcceptanceDoc>(db, 'rulesAcceptances', id);
    return { acceptedVersion: stored?.version ?? rulesVersion };
  },
});
