import type { ContributionAction, ContributionKind } from '../../shared/domain/cocreation';
import { contributionRefusal } from '../../shared/domain/cocreation';
import type { ContributionDoc, ProjectDoc, RulesAcceptanceDoc, UserDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { JoinedRow, joinedOne, lookupById, readJoined } from '../../shared/runtime/aggregate';
import { newUser } from '../../shared/runtime/users';
import { moveProjectCounters } from './participants';

/** A member's acceptance of a project's rules. (Older ones may hold a `participated` flag, no longer read: see flows/participants.) */
export type AcceptanceDoc = RulesAcceptanceDoc;

export const acceptanceId = (projectId: string, openid: string) => `${projectId}_${openid}`;
export const applicationId = (projectId: string, openid: string) => `${projectId}_${openid}`;

const notFound = () => new AppError('NOT_FOUND', '没有找到这个共创计划');

export async function loadProject(db: Database, projectId: string, opts: { admin?: boolean } = {}): Promise<ProjectDoc> {
  const project = await getDoc<ProjectDoc>(db, 'projects', projectId);
  if (!project || (project.phase === 'draft' && !opts.admin)) throw notFound();
  return project;
}

/**
 * Refuses a member's contribution before anything is written: outside its phase
 * (PHASE_CLOSED) or before the current rules were accepted (RULES_NOT_ACCEPTED).
 */
export function assertMayContribute(project: ProjectDoc, acceptedVersion: number | null, action: ContributionAction): void {
  const refusal = contributionRefusal(action, project.phase, acceptedVersion, project.rulesVersion);
  if (refusal) throw new AppError(refusal);
}

/** A row's own document, without the fields its lookups added. */
export function docOf<T>(row: JoinedRow, joined: readonly string[]): T {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !joined.includes(k))) as T;
}

/** The caller's profile as a lookup put it under `field`, or the one a first call would create (not stored: nothing here needs it stored). */
export const profileOf = (row: JoinedRow, field: string, openid: string, now: Date): UserDoc => joinedOne<UserDoc>(row, field) ?? newUser(openid, now);

/** What a member's contribution call knows after its one read. */
export interface ContributorRead {
  project: ProjectDoc;
  /** The rules version the member accepted, or null. */
  acceptedVersion: number | null;
  me: UserDoc;
  /** Whether the member had recorded a contribution in the project at the time of the read. */
  contributed: boolean;
  /** The row, with the caller's own lookups. */
  row: JoinedRow;
}

const BASE = ['acceptance', 'me', 'contributed'];

/** A lookup stage (see shared/runtime/aggregate), named by the field it fills. */
export type Lookup = { as: string } & Record<string, unknown>;

/**
 * The project with, joined to it in one round trip: the member's acceptance, profile,
 * whether they contributed before, and the caller's `lookups` (each with its own `as`).
 * NOT_FOUND for no such project or a draft.
 */
export async function readContributor(db: Database, projectId: string, openid: string, now: Date, lookups: Lookup[] = []): Promise<ContributorRead> {
  const row = await readJoined(db, 'projects', projectId, [
    lookupById('rulesAcceptances', acceptanceId(projectId, openid), 'acceptance'),
    lookupById('users', openid, 'me'),
    { from: 'contributions', pipeline: [{ $match: { projectId, openid } }, { $limit: 1 }, { $project: { _id: 1 } }], as: 'contributed' },
    ...lookups,
  ]);
  const project = row && docOf<ProjectDoc>(row, [...BASE, ...lookups.map((l) => l.as)]);
  if (!row || !project || project.phase === 'draft') throw notFound();
  return {
    project,
    acceptedVersion: joinedOne<AcceptanceDoc>(row, 'acceptance')?.version ?? null,
    me: profileOf(row, 'me', openid, now),
    contributed: ((row.contributed as unknown[] | undefined) ?? []).length > 0,
    row,
  };
}

/**
 * Lookups for a document that names its project (an idea, a proposal): the project,
 * and the member's acceptances (through the member's index; `projectOfRow` picks the
 * project's one).
 */
export const projectLookups = (openid: string) => [
  { from: 'projects', localField: 'projectId', foreignField: '_id', as: 'project' },
  { from: 'rulesAcceptances', pipeline: [{ $match: { openid } }, { $project: { projectId: 1, version: 1 } }], as: 'acceptances' },
];

/** The project `projectLookups` joined, and the member's accepted version of its rules; NOT_FOUND for none or a draft (unless `admin`). */
export function projectOfRow(row: JoinedRow, opts: { admin?: boolean } = {}): { project: ProjectDoc; acceptedVersion: number | null } {
  const project = joinedOne<ProjectDoc>(row, 'project');
  if (!project || (project.phase === 'draft' && !opts.admin)) throw notFound();
  const acceptance = ((row.acceptances as Pick<AcceptanceDoc, 'projectId' | 'version'>[] | undefined) ?? []).find((a) => a.projectId === project._id);
  return { project, acceptedVersion: acceptance?.version ?? null };
}

export interface Contribution {
  key: string;
  projectId: string;
  openid: string;
  kind: ContributionKind;
  ref: string;
  label: string;
}

/**
 * Records a contribution once (its `_id` is the key). The call that records it moves
 * the project's counters in one more round trip: `incs`, and `participants` on the
 * member's first contribution (`contributed`: whether the caller's read, made before
 * this insert, found one; see flows/participants). False when it was recorded before.
 */
export async function record(db: Database, c: Contribution, now: Date, opts: { contributed: boolean; incs?: Record<string, number> }): Promise<boolean> {
  const doc: ContributionDoc = { _id: c.key, projectId: c.projectId, openid: c.openid, kind: c.kind, ref: c.ref, label: c.label, createdAt: now };
  const added = await insertOnce(db, 'contributions', doc);
  if (added) await moveProjectCounters(db, c.projectId, c.openid, !opts.contributed, opts.incs ?? {}, now);
  return added;
}

/** Credits a contribution once, for the brand's actions (adoption, selection): reads whether the member contributed before, then records. */
export async function credit(db: Database, c: Contribution, now: Date): Promise<boolean> {
  const before = await db.collection('contributions').where({ projectId: c.projectId, openid: c.openid }).limit(1).get();
  return record(db, c, now, { contributed: before.data.length > 0 });
}
