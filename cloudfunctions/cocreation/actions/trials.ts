import { z } from 'zod';
import type { TrialRoundView } from '../../shared/api';
import type { TrialReportDoc, TrialRoundDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { assertMayContribute, credit, loadProject } from '../flows/projects';
import { imagesSchema, textSchema } from '../flows/inputs';
import { assertTextPasses } from '../flows/text';
import { roundView } from '../flows/views';

const score = z.number({ error: '请给每一项打分（1–5 分）' }).int('分数是 1–5 的整数').min(1, '最低 1 分').max(5, '最高 5 分');

/** 内测报告: each co-creator of the round reports once (scores 1–5, text, photos, would buy). */
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
    const project = await loadProject(db, projectId);
    const round = await getDoc<TrialRoundDoc>(db, 'trialRounds', roundId);
    if (!round || round.projectId !== projectId) throw new AppError('NOT_FOUND', '没有找到这一轮内测');
    await assertMayContribute(db, project, openid, 'trial_report');
    if (!round.members.includes(openid)) throw new AppError('NOT_PROJECT_COCREATOR', '只有收到这一轮样品的产品共创官可以提交报告');
    const reportId = `${roundId}_${openid}`;
    if (await getDoc<TrialReportDoc>(db, 'trialReports', reportId)) throw new AppError('CONFLICT', '这一轮的内测报告你已经提交过了');
    await assertTextPasses(text, openid);
    const report: TrialReportDoc = { _id: reportId, roundId, projectId, openid, scores, text, images, wouldBuy, createdAt: now };
    if (!(await insertOnce(db, 'trialReports', report))) throw new AppError('CONFLICT', '这一轮的内测报告你已经提交过了');
    await credit(db, { key: `trial_report:${reportId}`, projectId, openid, kind: 'trial_report', ref: reportId, label: `提交内测报告（${round.version}）` }, now);
    const reports = (await db.collection('trialReports').where({ projectId, roundId }).limit(1000).get()).data as TrialReportDoc[];
    return { round: roundView(round, reports, openid) };
  },
});
