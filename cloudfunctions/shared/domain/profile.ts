/**
 * A member's profile (头像昵称): what a nickname may be and which pictures may be an
 * avatar. Pure: values in, a refusal message or null out.
 */
export const NICKNAME_MAX = 16;

/** Names that would pass for the brand's own voice in the community. */
export const RESERVED_NICKNAME_WORDS = ['官方', '客服', '管理员', '原野生活'] as const;

// Letters and marks of any script, digits, emoji (with their joiners and modifiers), a
// space between words and a few joining marks; nothing that draws a line break, hides
// itself (zero-width, control) or reads as markup.
const ALLOWED = /^[\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f _\-·.~()（）]+$/u;

/** The nickname as stored: trimmed, inner runs of spaces (also full-width ones) made one; a line break stays and is refused. */
export function normalizeNickname(raw: string): string {
  return raw.trim().replace(/[ \u3000]+/g, ' ');
}

/** Why a (normalized) nickname is refused, in the member's words; null when it may be used. */
export function nicknameRefusal(nickname: string): string | null {
  if (!nickname) return '请填写昵称';
  if ([...nickname].length > NICKNAME_MAX) return `昵称最多 ${NICKNAME_MAX} 个字`;
  if (!ALLOWED.test(nickname)) return '昵称只能包含文字、数字、表情和 _ - · . ~ ( )';
  const reserved = RESERVED_NICKNAME_WORDS.find((w) => nickname.includes(w));
  if (reserved) return `昵称不能包含「${reserved}」，以免被误认为品牌官方`;
  return null;
}

/**
 * An avatar is a picture the member uploaded themselves: a cloud file id under their own
 * folder, `cloud://<env>.<bucket>/ugc/<openid>/…` (the folder only they may write to).
 */
export function isOwnUpload(fileId: string, openid: string): boolean {
  const match = /^cloud:\/\/[A-Za-z0-9._-]+\/(ugc\/[A-Za-z0-9/_.-]{1,200})$/.exec(fileId);
  if (!match || !openid) return false;
  const path = match[1];
  return path.startsWith(`ugc/${openid}/`) && !path.split('/').some((part) => part === '..' || part === '.' || part === '');
}
