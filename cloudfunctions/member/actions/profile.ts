import { z } from 'zod';
import type { ProfileOutput } from '../../shared/api';
import { contentChecker } from '../../shared/providers/content-check';
import { AppError } from '../../shared/runtime/app-error';
import { logError } from '../../shared/runtime/logger';
import { action } from '../../shared/runtime/router';
import { isOwnUpload, nicknameRefusal, normalizeNickname } from '../../shared/domain/profile';

/** WeChat's msgSecCheck scene for a profile (资料). */
const PROFILE_SCENE = 1;

const invalid = (message: string) => new AppError('INVALID_ARGUMENT', message);

/**
 * 头像昵称: the caller sets their nickname and / or avatar. The nickname must follow the
 * profile rules and pass the content check (a name is shown to everyone, so a doubtful one
 * is refused too); the avatar must be a picture they uploaded to their own folder. Any
 * refusal writes nothing.
 */
export const updateProfile = action({
  input: z
    .object({
      nickname: z.string({ error: '请填写昵称' }).max(100, '昵称太长了').optional(),
      avatarFileId: z.string({ error: '头像无效，请重新选择' }).max(300, '头像无效，请重新选择').optional(),
    })
    .refine((p) => p.nickname !== undefined || p.avatarFileId !== undefined, '没有要修改的资料'),
  async handler(input, { db, now, openid, user }): Promise<ProfileOutput> {
    const me = await user();
    const nickname = input.nickname === undefined ? me.nickname : normalizeNickname(input.nickname);
    const avatar = input.avatarFileId ?? me.avatar;
    const refusal = nickname === me.nickname ? null : nicknameRefusal(nickname);
    if (refusal) throw invalid(refusal);
    if (avatar !== me.avatar && !isOwnUpload(avatar, openid)) throw invalid('头像必须是你自己上传的图片，请重新选择');
    if (nickname !== me.nickname) await assertNicknamePasses(nickname, openid);
    if (nickname !== me.nickname || avatar !== me.avatar) {
      await db.collection('users').doc(openid).update({ nickname, avatar, updatedAt: now });
    }
    return { nickname, avatar };
  },
});

async function assertNicknamePasses(text: string, openid: string): Promise<void> {
  let verdict: string;
  try {
    verdict = (await contentChecker().checkText({ text, openid, scene: PROFILE_SCENE })).verdict;
  } catch (err) {
    logError('nickname_check_failed', { error: String((err as Error)?.message ?? err) });
    throw new AppError('INTERNAL', '昵称检查暂时不可用，请稍后再试');
  }
  if (verdict !== 'pass') throw new AppError('CONTENT_REJECTED', '这个昵称不适合公开使用，请换一个');
}
