import type { CommentView, ContributionWallEntry, IdeaView, ProjectCard, ProjectDetail, ProposalView, TrialRoundView } from '../../shared/api';
import { projectGroup, trialAverages } from '../../shared/domain/cocreation';
import type { ContributionDoc, IdeaDoc, ProjectDoc, ProposalCommentDoc, ProposalDoc, TrialReportDoc, TrialRoundDoc, UserDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { projectSales } from './rewards';
import { docsByIds } from '../../shared/runtime/documents';

type Person = { nickname: string; avatar: string };
const ADOPTED_KINDS = new Set(['idea_adopted', 'proposal_adopted', 'supplier_adopted', 'selected']);
const iso = (d: Date) => new Date(d).toISOString();

export async function people(db: Database, openids: Iterable<string>): Promise<Map<string, Person>> {
  const users = await docsByIds<UserDoc>(db, 'users', openids);
  return new Map([...users].map(([openid, u]) => [openid, { nickname: u.nickname, avatar: u.avatar }]));
}
const person = (map: Map<string, Person>, openid: string): Person => map.get(openid) ?? { nickname: '共营伙伴', avatar: '' };

export function projectCard(p: ProjectDoc): ProjectCard {
  return {
    projectId: p._id,
    title: p.title,
    question: p.question,
    cover: p.cover,
    phase: p.phase,
    group: projectGroup(p.phase),
    participants: p.participants,
    ideaCount: p.ideaCount,
    launchedDealId: p.launchedDealId,
  };
}

export function ideaView(idea: IdeaDoc, author: Person, upvoted: boolean): IdeaView {
  return { ideaId: idea._id, author, text: idea.text, images: idea.images, upvotes: idea.upvotes, upvoted, adopted: idea.adopted, adoptionNote: idea.adoptionNote, createdAt: iso(idea.createdAt) };
}

export function commentView(c: ProposalCommentDoc, author: Person): CommentView {
  return { commentId: c._id, author: { ...author, isBrand: c.isBrand }, text: c.text, createdAt: iso(c.createdAt) };
}

export function proposalView(p: ProposalDoc, author: Person, comments: CommentView[]): ProposalView {
  return { proposalId: p._id, kind: p.kind, author, text: p.text, images: p.images, adopted: p.adopted, comments, createdAt: iso(p.createdAt) };
}

export function roundView(round: TrialRoundDoc, reports: TrialReportDoc[], viewer: string): TrialRoundView {
  const { averages, reports: count, wouldBuy } = trialAverages(reports);
  return { roundId: round._id, version: round.version, sentAt: iso(round.sentAt), changes: round.changes, averages, reports: count, wouldBuy, reported: reports.some((r) => r.openid === viewer) };
}

/** The contribution wall: one line per member with a recorded contribution, in the order they first contributed. */
export function wall(contributions: ContributionDoc[], coCreators: string[], names: Map<string, Person>): ContributionWallEntry[] {
  const lines = new Map<string, ContributionWallEntry>();
  for (const c of [...contributions].sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime())) {
    const line = lines.get(c.openid) ?? { ...person(names, c.openid), isCoCreator: coCreators.includes(c.openid), contributions: [] };
    line.contributions.push({ kind: c.kind, label: c.label, adopted: ADOPTED_KINDS.has(c.kind) });
    lines.set(c.openid, line);
  }
  return [...lines.values()];
}

const all = async <T>(db: Database, collection: string, where: object, field: string, dir: 'asc' | 'desc' = 'asc', limit = 1000) =>
  (await db.collection(collection).where(where).orderBy(field, dir).limit(limit).get()).data as T[];

/** Everything the project page shows, for `viewer`. */
export async function projectDetail(db: Database, p: ProjectDoc, viewer: string): Promise<ProjectDetail> {
  const _ = db.command;
  const projectId = p._id;
  const [acceptance, application, ideas, proposals, comments, rounds, reports, contributions] = await Promise.all([
    db.collection('rulesAcceptances').doc(`${projectId}_${viewer}`).get().then((r) => (r.data as { version: number }[])[0] ?? null),
    db.collection('projectApplications').doc(`${projectId}_${viewer}`).get().then((r) => (r.data as { status: 'pending' | 'selected' | 'declined' }[])[0] ?? null),
    all<IdeaDoc>(db, 'ideas', { projectId }, 'upvotes', 'desc', 200),
    all<ProposalDoc>(db, 'proposals', { projectId }, 'createdAt'),
    all<ProposalCommentDoc>(db, 'proposalComments', { projectId }, 'createdAt'),
    all<TrialRoundDoc>(db, 'trialRounds', { projectId }, 'sentAt'),
    all<TrialReportDoc>(db, 'trialReports', { projectId }, 'roundId'),
    all<ContributionDoc>(db, 'contributions', { projectId }, 'createdAt'),
  ]);
  const votes = ideas.length
    ? ((await db.collection('ideaVotes').where({ _id: _.in(ideas.map((i) => `${i._id}_${viewer}`)) }).limit(ideas.length).get()).data as { ideaId: string }[])
    : [];
  const upvoted = new Set(votes.map((v) => v.ideaId));
  const names = await people(db, [...p.coCreators, ...ideas.map((i) => i.openid), ...proposals.map((x) => x.openid), ...comments.map((c) => c.openid), ...contributions.map((c) => c.openid)]);
  const acceptedVersion = acceptance?.version ?? null;
  return {
    ...projectCard(p),
    rules: p.rules,
    rulesVersion: p.rulesVersion,
    timeline: p.timeline,
    maxCoCreators: p.maxCoCreators,
    acceptedVersion,
    accepted: acceptedVersion === p.rulesVersion,
    application: application ? { status: application.status } : null,
    isCoCreator: p.coCreators.includes(viewer),
    coCreators: p.coCreators.map((id) => person(names, id)),
    ideas: ideas.map((i) => ideaView(i, person(names, i.openid), upvoted.has(i._id))),
    proposals: proposals.map((x) =>
      proposalView(x, person(names, x.openid), comments.filter((c) => c.proposalId === x._id).map((c) => commentView(c, person(names, c.openid)))),
    ),
    trialRounds: rounds.map((r) => roundView(r, reports.filter((x) => x.roundId === r._id), viewer)),
    wall: wall(contributions, p.coCreators, names),
    rewardPlan: p.rewardPlan,
    sales: await projectSales(db, p),
    pollId: p.pollId,
  };
}
