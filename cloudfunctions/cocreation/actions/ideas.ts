import { z } from 'zod';
import type { IdeaView } from '../../shared/api';
import type { IdeaDoc, IdeaVoteDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { assertMayContribute, credit, loadProject } from '../flows/projects';
import { clientTokenSchema, imagesSchema, retryId, textSchema } from '../flows/inputs';
import { assertTextPasses } from '../flows/text';
import { ideaView } from '../flows/views';

/** 需求征集: any member who accepted the rules posts an idea; it is credited as a contribution. */
export const submitIdea = action({
  input: z.object({ projectId: idSchema, text: textSchema(500, '说说你的想法吧'), images: imagesSchema, clientToken: clientTokenSchema }),
  async handler({ projectId, text, images, clientToken }, { db, now, openid, user }): Promise<{ idea: IdeaView }> {
    const project = await loadProject(db, projectId);
    await assertMayContribute(db, project, openid, 'idea');
    await assertTextPasses(text, openid);
    const me = await user();
    const author = { nickname: me.nickname, avatar: me.avatar };
    const idea: IdeaDoc = { _id: retryId(openid, clientToken), projectId, openid, text, images, upvotes: 0, adopted: false, adoptionNote: '', createdAt: now };
    if (!(await insertOnce(db, 'ideas', idea))) {
      const again = await getDoc<IdeaDoc>(db, 'ideas', idea._id);
      if (again?.openid !== openid) throw new AppError('INVALID_ARGUMENT', '请求重复了');
      return { idea: ideaView(again, author, false) };
    }
    await db.collection('projects').doc(projectId).update({ ideaCount: db.command.inc(1) });
    await credit(db, { key: `idea:${idea._id}`, projectId, openid, kind: 'idea', ref: idea._id, label: `提出想法：${text.slice(0, 20)}` }, now);
    return { idea: ideaView(idea, author, false) };
  },
});

/** One upvote per member per idea, even under a burst of taps: the vote's `_id` is the lock, the count moves only for the call that created it. */
export const upvoteIdea = action({
  input: z.object({ ideaId: idSchema }),
  async handler({ ideaId }, { db, now, openid }): Promise<{ upvoted: true; upvotes: number }> {
    const idea = await getDoc<IdeaDoc>(db, 'ideas', ideaId);
    if (!idea) throw new AppError('NOT_FOUND', '没有找到这条想法');
    const project = await loadProject(db, idea.projectId);
    await assertMayContribute(db, project, openid, 'upvote');
    const vote: IdeaVoteDoc = { _id: `${ideaId}_${openid}`, ideaId, projectId: idea.projectId, openid, createdAt: now };
    if (await insertOnce(db, 'ideaVotes', vote)) await db.collection('ideas').doc(ideaId).update({ upvotes: db.command.inc(1) });
    const after = await getDoc<IdeaDoc>(db, 'ideas', ideaId);
    return { upvoted: true, upvotes: after?.upvotes ?? idea.upvotes };
  },
});
