import { z } from 'zod';
import type { TrialRoundView } from '../../shared/api';
import type { TrialReportDoc, TrialRoundDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { insertOnce } from '../../shared/runtime/documents';
import { joinedOne, lookupById } from '../../shared/runtime/aggregate';
import { idSchema } from '../../shared/runtime/schemas';
import { assertMayContribute, readContributor, record } from '../flows/projects';
import { imagesSchema, textSchema } from '../flows/inputs';
import { assertTextPasses } from '../flows/text';
import { roundView } from '../flows/views';

const score = z.number({ error: '请给每一项打分（1–5 分）' }).int('分数是 1–5 的整数').min(1, '最低 1 分').max(5, '最高 5 分');
const REPORTS_PER_ROUND = 1000;
const creditKey = (roundId: string, openid: string) => `trial_report:${roundId}_${openid}`;
const conflict = () => new AppError('CONFLICT', '这一轮的内测报告你已经提交过了');

/**
 * 内测报告: each co-creator of the round reports once (scores 1–5, text, photos, would
 * buy); the report's `_id` (round and member) is the lock. One read (the project, the
 * member's acceptance, the round and its reports), the report, its credit (and the
 * project's `participants` on a first contribution): 3–4 round trips.
 */
export const submitTrialReport = action({
  input: z.object({
    projectId: idSchema,
    roundId: idSchema,
    scores: z.object({ taste: score, texture: score, packaging: score, value: score }),
    text: textSchema(1000, '说说试吃的感受吧'),
    images: imagesSchema,
    wouldBuy: z.boolean({ error: '请选择是否愿意购买' }),
  }),
  async handler({ projectId, roundId, scores, text, images, wouldBuy }, { db, now, openid }): Promise<{ round: TrialRoundView }> {
    const read = await readContributor(db, projectId, openid, now, [
      lookupById('trialRounds', roundId, 'round'),
      { from: 'trialReports', pipeline: [{ $match: { projectId, roundId } }, { $limit: REPORTS_PER_ROUND }], as: 'reports' },
      lookupById('contributions', creditKey(roundId, openid), 'credited'),
    ]);
    const round = joinedOne<TrialRoundDoc>(read.row, 'round');
    if (!round || round.projectId !== projectId) throw new AppError('NOT_FOUND', '没有找到这一轮内测');
    assertMayContribute(read.project, read.acceptedVersion, 'trial_report');
    if (!round.members.includes(openid)) throw new AppError('NOT_PROJECT_COCREATOR', '只有收到这一轮样品的产品共创官可以提交报告');
    const reports = (read.row.reports as TrialReportDoc[] | undefined) ?? [];
    const reportId = `${roundId}_${openid}`;
    const credit = { key: creditKey(roundId, openid), projectId, openid, kind: 'trial_report' as const, ref: reportId, label: `提交内测报告（${round.version}）` };
    if (reports.some((r) => r._id === reportId)) {
      // Reported before: a call that died between the report and its credit is finished here.
      if (!joinedOne(read.row, 'credited')) await record(db, credit, now, { contributed: read.contributed });
      throw conflict();
    }
    await assertTextPasses(text, openid);
    const report: TrialReportDoc = { _id: reportId, roundId, projectId, openid, scores, text, images, wouldBuy, createdAt: now };
    if (!(await insertOnce(db, 'trialReports', report))) throw conflict();
    await record(db, credit, now, { contributed: read.contributed });
    return { round: roundView(round, [...reports, report], openid) };
  },
});
