import type { ContributionAction, ContributionKind } from '../../shared/domain/cocreation';
import { contributionRefusal } from '../../shared/domain/cocreation';
import type { ContributionDoc, ProjectDoc, RulesAcceptanceDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc, insertOnce, updatedCount } from '../../shared/runtime/documents';

/** The acceptance also marks, once, that the member took part (so `participants` counts each member once). */
export type AcceptanceDoc = RulesAcceptanceDoc & { participated?: boolean };

export const acceptanceId = (projectId: string, openid: string) => `${projectId}_${openid}`;
export const applicationId = (projectId: string, openid: string) => `${projectId}_${openid}`;

export async function loadProject(db: Database, projectId: string, opts: { admin?: boolean } = {}): Promise<ProjectDoc> {
  const project = await getDoc<ProjectDoc>(db, 'projects', projectId);
  if (!project || (project.phase === 'draft' && !opts.admin)) throw new AppError('NOT_FOUND', '没有找到这个共创计划');
  return project;
}

/**
 * Refuses a member's contribution before anything is written: outside its phase
 * (PHASE_CLOSED) or before the current rules were accepted (RULES_NOT_ACCEPTED).
 */
export async function assertMayContribute(db: Database, project: ProjectDoc, openid: string, action: ContributionAction): Promise<void> {
  const acceptance = await getDoc<AcceptanceDoc>(db, 'rulesAcceptances', acceptanceId(project._id, openid));
  const refusal = contributionRefusal(action, project.phase, acceptance?.version ?? null, project.rulesVersion);
  if (refusal) throw new AppError(refusal);
}

/**
 * Credits a contribution once (its `_id` is the key); the project's `participants`
 * grows on the member's first credited contribution, by one conditional update.
 */
export async function credit(
  db: Database,
  c: { key: string; projectId: string; openid: string; kind: ContributionKind; ref: string; label: string },
  now: Date,
): Promise<boolean> {
  const doc: ContributionDoc = { _id: c.key, projectId: c.projectId, openid: c.openid, kind: c.kind, ref: c.ref, label: c.label, createdAt: now };
  const added = await insertOnce(db, 'contributions', doc);
  if (added) await markParticipant(db, c.projectId, c.openid);
  return added;
}

async function markParticipant(db: Database, projectId: string, openid: string): Promise<void> {
  const _ = db.command;
  const id = acceptanceId(projectId, openid);
  const first = updatedCount(await db.collection('rulesAcceptances').where({ _id: id, participated: _.neq(true) }).update({ participated: true }));
  if (first) await db.collection('projects').doc(projectId).update({ participants: _.inc(1) });
}
