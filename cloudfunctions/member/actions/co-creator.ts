import { z } from 'zod';
import type { CoCreatorApplicationView } from '../../shared/api';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, insertOnce, updatedCount } from '../../shared/runtime/documents';
import { CoCreatorApplicationDoc, coCreatorApplicationView } from '../flows/co-creator';

/** 申请共创官: 体验官 only, with a statement, expertise and agreement to the 共创者公约; one pending at a time. */
export const applyCoCreator = action({
  input: z.object({
    statement: z.string().trim().min(10).max(500),
    expertise: z.array(z.string().trim().min(1).max(12)).min(1).max(5),
    agreeCharter: z.literal(true, { message: '请阅读并同意《共创者公约》' }),
  }),
  async handler({ statement, expertise }, { db, openid, now, user }): Promise<{ applicationId: string; status: CoCreatorApplicationView['status'] }> {
    const me = await user();
    if (me.tier === 'cocreator') throw new AppError('ALREADY_JOINED', '你已经是共创官了');
    if (me.tier !== 'officer') throw new AppError('FORBIDDEN', '成为体验官后才能申请共创官');
    const fresh: CoCreatorApplicationDoc = {
      _id: openid, statement, expertise, agreedCharterAt: now, status: 'pending', note: '', createdAt: now, reviewedAt: null, reviewer: null,
    };
    const { _id, ...fields } = fresh;
    const added = await insertOnce(db, 'coCreatorApplications', fresh);
    if (!added) {
      const _ = db.command;
      const refiled = await db.collection('coCreatorApplications').where({ _id, status: _.in(['rejected', 'revoked']) }).update(fields);
      if (updatedCount(refiled) !== 1) throw new AppError('ALREADY_JOINED', '申请已提交，请等待品牌审核');
    }
    return { applicationId: openid, status: 'pending' };
  },
});

export const coCreatorApplication = action({
  input: z.object({}),
  async handler(_input, { db, openid }): Promise<{ application: CoCreatorApplicationView | null }> {
    const app = await getDoc<CoCreatorApplicationDoc>(db, 'coCreatorApplications', openid);
    return { application: app ? await coCreatorApplicationView(db, app) : null };
  },
});
