import type { PostCheckView } from '@shared/api'
import type { StatusChip } from '@/utils/order-status'

/** A content-check verdict; null while the check has not answered yet. */
export type CheckVerdict = PostCheckView['images'][number]['verdict']

const CHIP: Record<NonNullable<CheckVerdict>, StatusChip> = {
  pass: { label: '通过', tone: 'green' },
  review: { label: '需复核', tone: 'amber' },
  risky: { label: '违规', tone: 'berry' },
  error: { label: '检测失败', tone: 'berry' },
}

const PENDING: StatusChip = { label: '检测中', tone: 'plain' }

/** How the moderator reads a verdict of the content check. */
export const verdictChip = (verdict: CheckVerdict | undefined): StatusChip => (verdict ? CHIP[verdict] ?? PENDING : PENDING)

/** Whether a verdict asks for the moderator's eyes (anything but a pass). */
export const needsAttention = (verdict: CheckVerdict | undefined): boolean => verdict !== 'pass'

/** One line for a post's photos: "3 张通过", or "2 张通过 · 1 张需复核". */
export function photosVerdictLine(images: { verdict: CheckVerdict }[]): string {
  const counts = new Map<string, number>()
  for (const image of images) {
    const label = verdictChip(image.verdict).label
    counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  return [...counts].map(([label, n]) => `${n} 张${label}`).join(' · ')
}

// WeChat's msgSecCheck / mediaCheckAsync labels, and the local word list's categories.
const LABEL: Record<string, string> = {
  '100': '正常',
  normal: '正常',
  '10001': '广告',
  marketing: '营销用语',
  '20001': '时政',
  '20002': '色情',
  '20003': '辱骂',
  abuse: '辱骂',
  '20006': '违法犯罪',
  '20008': '欺诈',
  fraud: '欺诈',
  '20012': '低俗',
  '20013': '版权',
  '21000': '其他',
  gambling: '赌博',
  diversion: '站外引流',
  custom: '自定义敏感词',
  'marked-url': '文件名标记（本地）',
}

/** A check's label as the moderator reads it; an unknown one (an error code, say) as it came. */
export const checkLabelText = (label: string): string => LABEL[label.trim()] ?? label.trim()

/** The photos the check flagged (review, risky or a failed check), numbered from 1 as the post shows them. */
export function flaggedPhotos<C extends { verdict: CheckVerdict }>(images: C[]): (C & { n: number })[] {
  return images.map((c, i) => ({ ...c, n: i + 1 })).filter((c) => c.verdict !== null && c.verdict !== 'pass')
}
