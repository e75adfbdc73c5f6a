import type { DealDoc, ProjectDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { DistributorDoc, ensureDistributor } from '../../distribution/flows/codes';
import { memberNicknames } from '../../shared/runtime/users';

/** A project may launch from 方案共创 or 内测; a launched one only again on the same deal (a repeat). */
const LAUNCHABLE: ProjectDoc['phase'][] = ['proposals', 'trial'];

export interface LaunchRequest {
  projectId: string;
  dealId: string;
  presale?: { endsAt: Date; minQuantity: number };
}

/**
 * 上市: links the project to a deal. The deal gets its co-creators (by nickname)
 * and, for a C2M launch, an open pre-sale, by one update of the deal (a hot
 * document: no transaction); each co-creator without a distribution code gets one
 * through the distribution module; the project moves to 'launched' last, by a
 * conditional update, so a launch that died halfway is finished by a repeat.
 * A repeat changes nothing else (a pre-sale already closed stays as it is).
 */
export async function launchProject(db: Database, req: LaunchRequest, now: Date): Promise<ProjectDoc> {
  const _ = db.command;
  const [project, deal] = await Promise.all([getDoc<ProjectDoc>(db, 'projects', req.projectId), getDoc<DealDoc>(db, 'deals', req.dealId)]);
  if (!project) throw new AppError('NOT_FOUND', '没有找到这个共创计划');
  if (!deal || deal.status === 'draft') throw new AppError('NOT_FOUND', '没有找到这个商品活动');
  const repeat = project.phase === 'launched' && project.launchedDealId === req.dealId;
  if (!repeat && !LAUNCHABLE.includes(project.phase)) throw new AppError('PHASE_CLOSED', '共创计划需在方案共创或内测阶段上市');

  const names = await memberNicknames(db, project.coCreators);
  const coCreation = { projectId: project._id, title: project.title, coCreators: project.coCreators.map((id) => names.get(id) ?? '共营伙伴') };
  const opensPresale = req.presale && (!deal.presale || deal.presale.status === 'open');
  const presale = opensPresale ? { endsAt: req.presale!.endsAt, minQuantity: req.presale!.minQuantity, status: 'open' as const } : null;
  // A pre-sale is (re)written only while none closed: the guard holds it against a close at the same moment.
  const guard = presale ? (deal.presale ? { 'presale.status': 'open' } : { presale: _.eq(null) }) : {};
  const res = await db
    .collection('deals')
    .where({ _id: deal._id, ...guard })
    .update({ coCreation: _.set(coCreation), ...(presale ? { presale: _.set(presale) } : {}), updatedAt: now });
  if (presale && updatedCount(res) !== 1) throw new AppError('CONFLICT', '预售状态刚刚变化，请刷新后重试');

  for (const openid of project.coCreators) {
    if (!(await getDoc<DistributorDoc>(db, 'distributors', openid))) await ensureDistributor(db, openid, 'cocreator', now);
  }
  if (!repeat) {
    const moved = await db
      .collection('projects')
      .where({ _id: project._id, phase: _.in(LAUNCHABLE) })
      .update({ phase: 'launched', launchedDealId: deal._id, updatedAt: now });
    if (updatedCount(moved) !== 1) {
      const latest = await getDoc<ProjectDoc>(db, 'projects', project._id);
      if (latest?.launchedDealId !== deal._id) throw new AppError('CONFLICT', '共创计划刚刚已上市到其他商品');
    }
  }
  return (await getDoc<ProjectDoc>(db, 'projects', project._id))!;
}
