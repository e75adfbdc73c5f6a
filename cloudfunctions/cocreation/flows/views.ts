import type { CommentView, ContributionWallEntry, IdeaView, ProjectCard, ProjectDetail, ProposalView, TrialRoundView } from '../../shared/api';
import { projectGroup, trialAverages } from '../../shared/domain/cocreation';
import type { ContributionDoc, IdeaDoc, ProjectDoc, ProposalCommentDoc, ProposalDoc, TrialReportDoc, TrialRoundDoc, UserDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { projectSales } from './rewards';
import { docsByIds } from '../../shared/runtime/documents';
import { aggregateFew, lookupById } from '../../shared/runtime/aggregate';

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

const sorted = (collection: string, projectId: string, field: string, dir: 1 | -1, limit: number, as: string) => ({
  from: collection,
  pipeline: [{ $match: { projectId } }, { $sort: { [field]: dir } }, { $limit: limit }],
  as,
});

/** What the project page shows besides the project, joined to it. */
interface ProjectParts {
  acceptance: { version: number }[];
  application: { status: 'pending' | 'selected' | 'declined' }[];
  ideas: IdeaDoc[];
  proposals: ProposalDoc[];
  comments: ProposalCommentDoc[];
  rounds: TrialRoundDoc[];
  reports: TrialReportDoc[];
  contributions: ContributionDoc[];
  votes: { ideaId: string }[];
}
const PARTS: (keyof ProjectParts)[] = ['acceptance', 'application', 'ideas', 'proposals', 'comments', 'rounds', 'reports', 'contributions', 'votes'];

/** The project and everything keyed by it that its page shows `viewer`, in one round trip; null when there is no such project. */
export async function readProjectPage(db: Database, projectId: string, viewer: string): Promise<{ project: ProjectDoc; parts: ProjectParts } | null> {
  const mine = `${projectId}_${viewer}`;
  const [row] = await aggregateFew<ProjectDoc & ProjectParts>(
    db,
    'projects',
    (agg) =>
      agg
        .match({ _id: projectId })
        .lookup(lookupById('rulesAcceptances', mine, 'acceptance'))
        .lookup(lookupById('projectApplications', mine, 'application'))
        .lookup(sorted('ideas', projectId, 'upvotes', -1, 200, 'ideas'))
        .lookup(sorted('proposals', projectId, 'createdAt', 1, 1000, 'proposals'))
        .lookup(sorted('proposalComments', projectId, 'createdAt', 1, 1000, 'comments'))
        .lookup(sorted('trialRounds', projectId, 'sentAt', 1, 1000, 'rounds'))
        .lookup(sorted('trialReports', projectId, 'roundId', 1, 1000, 'reports'))
        .lookup(sorted('contributions', projectId, 'createdAt', 1, 1000, 'contributions'))
        .lookup({ from: 'ideaVotes', pipeline: [{ $match: { projectId, openid: viewer } }, { $project: { ideaId: 1 } }], as: 'votes' }),
    1,
  );
  if (!row) return null;
  const project = Object.fromEntries(Object.entries(row).filter(([k]) => !PARTS.includes(k as keyof ProjectParts))) as unknown as ProjectDoc;
  return { project, parts: row };
}

/** Everything the project page shows, for `viewer` (one round trip for the parts, one for the people, the launched deal's sales). */
export async function projectDetail(db: Database, p: ProjectDoc, viewer: string): Promise<ProjectDetail> {
  const read = await readProjectPage(db, p._id, viewer);
  return detailOf(db, read?.project ?? p, read?.parts ?? null, viewer);
}

export async function detailOf(db: Database, p: ProjectDoc, parts: ProjectParts | null, viewer: string): Promise<ProjectDetail> {
  const { acceptance: [acceptance = null] = [], application: [application = null] = [], ideas = [], proposals = [], comments = [], rounds = [], reports = [], contributions = [], votes = [] } =
    parts ?? {};
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
