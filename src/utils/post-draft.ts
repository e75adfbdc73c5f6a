/** What a 晒单 may hold (the server checks the same: cloudfunctions/shared/domain/post). */
export const POST_TEXT_MAX = 1000
export const POST_IMAGES_MAX = 9
export const COMMENT_TEXT_MAX = 300

/** Characters as people count them: an emoji is one (the server counts the same way). */
export const charCount = (text: string): number => Array.from(text).length

/** The counter under the text box: "12/1000", and whether it is over. */
export function textCounter(text: string, max = POST_TEXT_MAX): { label: string; over: boolean } {
  const count = charCount(text)
  return { label: `${count}/${max}`, over: count > max }
}

export interface DraftState {
  text: string
  photos: { status: 'uploading' | 'done' | 'failed' }[]
}

/** Why the draft cannot be posted yet, in the user's words, or null when it can. */
export function draftProblem({ text, photos }: DraftState): string | null {
  if (!text.trim() && !photos.length) return '写点什么或加张图片吧'
  if (charCount(text.trim()) > POST_TEXT_MAX) return `文字最多 ${POST_TEXT_MAX} 字`
  if (photos.length > POST_IMAGES_MAX) return `最多 ${POST_IMAGES_MAX} 张图片`
  if (photos.some((p) => p.status === 'uploading')) return '图片还在上传，请稍候'
  if (photos.some((p) => p.status === 'failed')) return '有图片上传失败，请重试或删除'
  return null
}

/** How many more photos may be picked. */
export const photosLeft = (count: number): number => Math.max(0, POST_IMAGES_MAX - count)
