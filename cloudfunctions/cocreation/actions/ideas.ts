import { z } from 'zod';
import type { IdeaView } from '../../shared/api';
import type { IdeaDoc, IdeaVoteDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { joinedOne, lookupById, readJoined } from '../../shared/runtime/aggregate';
import { idSchema } from '../../shared/runtime/schemas';
import { assertMayContribute, docOf, projectLookups, projectOfRow, readContributor, record } from '../flows/projects';
import { clientTokenSchema, imagesSchema, retryId, textSchema } from '../flows/inputs';
import { assertTextPasses } from '../flows/text';
import { ideaView } from '../flows/views';

/**
 * 需求征集: any member who accepted the rules posts an idea; it is credited as a
 * contribution. One read (the project, the member's acceptance and profile, an idea and
 * credit a retry left), the idea, its credit, the project's counters: 4 round trips.
 * A retry answers the idea stored and finishes its credit if the first call died before it.
 */
export const submitIdea = action({
  input: z.object({ projectId: idSchema, text: textSchema(500, '说说你的想法吧'), images: imagesSchema, clientToken: clientTokenSchema }),
  async handler({ projectId, text, images, clientToken }, { db, now, openid }): Promise<{ idea: IdeaView }> {
    const ideaId = retryId(openid, clientToken);
    const key = `idea:${ideaId}`;
    const read = await readContributor(db, projectId, openid, now, clientToken ? [lookupById('ideas', ideaId, 'retried'), lookupById('contributions', key, 'credited')] : []);
    assertMayContribute(read.project, read.acceptedVersion, 'idea');
    const author = { nickname: read.me.nickname, avatar: read.me.avatar };
    let idea = joinedOne<IdeaDoc>(read.row, 'retried');
    if (!idea) {
      await assertTextPasses(text, openid);
      const fresh: IdeaDoc = { _id: ideaId, projectId, openid, text, images, upvotes: 0, adopted: false, adoptionNote: '', createdAt: now };
      idea = (await insertOnce(db, 'ideas', fresh)) ? fresh : await getDoc<IdeaDoc>(db, 'ideas', ideaId);
    }
    if (idea?.openid !== openid || idea.projectId !== projectId) throw new AppError('INVALID_ARGUMENT', '请求重复了');
    if (!joinedOne(read.row, 'credited')) {
      const credit = { key, projectId, openid, kind: 'idea' as const, ref: idea._id, label: `提出想法：${idea.text.slice(0, 20)}` };
      await record(db, credit, now, { contributed: read.contributed, incs: { ideaCount: 1 } });
    }
    return { idea: ideaView(idea, author, false) };
  },
});

/**
 * One upvote per member per idea, even under a burst of taps: the vote's `_id` is the
 * lock, the count moves only for the call that created it. One read (the idea, its
 * project, the member's acceptances and vote), the vote, the count: 3 round trips; the
 * answer's count is the one read plus the vote that followed it.
 */
export const upvoteIdea = action({
  input: z.object({ ideaId: idSchema }),
  async handler({ ideaId }, { db, now, openid }): Promise<{ upvoted: true; upvotes: number }> {
    const voteId = `${ideaId}_${openid}`;
    const row = await readJoined(db, 'ideas', ideaId, [...projectLookups(openid), lookupById('ideaVotes', voteId, 'vote')]);
    if (!row) throw new AppError('NOT_FOUND', '没有找到这条想法');
    const { project, acceptedVersion } = projectOfRow(row);
    assertMayContribute(project, acceptedVersion, 'upvote');
    const idea = docOf<IdeaDoc>(row, ['project', 'acceptances', 'vote']);
    if (joinedOne(row, 'vote')) return { upvoted: true, upvotes: idea.upvotes };
    // Not voted when read: this call's vote, or a rival tap's, came after the read.
    const vote: IdeaVoteDoc = { _id: voteId, ideaId, projectId: idea.projectId, openid, createdAt: now };
    if (await insertOnce(db, 'ideaVotes', vote)) await db.collection('ideas').doc(ideaId).update({ upvotes: db.command.inc(1) });
    return { upvoted: true, upvotes: idea.upvotes + 1 };
  },
});
