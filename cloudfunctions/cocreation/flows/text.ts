import { AppError } from '../../shared/runtime/app-error';
import { checkText } from '../../community/flows/checks';

/** Checks a member's text through the content-check port before it is stored: only a pass goes through. */
export async function assertTextPasses(text: string, openid: string): Promise<void> {
  const { verdict } = await checkText(text, openid);
  if (verdict === 'risky') throw new AppError('CONTENT_REJECTED', '内容含有不适宜发布的信息，请修改后再提交');
  if (verdict === 'review') throw new AppError('CONTENT_REJECTED', '内容可能不适宜公开，请修改后再提交');
  if (verdict === 'error') throw new AppError('INTERNAL', '内容检查暂时不可用，请稍后再试');
}
