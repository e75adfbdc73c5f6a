import { NoteSheet, type NoteSheetProps } from '@/admin/components/note-sheet'
import { tierLabel } from '@/utils/tier'
import type { Moderation } from './use-moderation'

type Copy = Pick<NoteSheetProps, 'title' | 'note' | 'confirmText' | 'tone'> & { effect: string }

const OPTIONAL_NOTE = { label: '备注（选填，仅后台可见）', placeholder: '如：图文真实，已核对订单', required: false }

function copyFor({ action, post }: Moderation): Copy {
  switch (action) {
    case 'approve':
      if (post.status === 'hidden') return { title: '恢复发布', effect: '恢复后所有人可见，出现在社区', note: OPTIONAL_NOTE, confirmText: '恢复发布', tone: 'green' }
      return {
        title: '通过审核',
        effect: post.status === 'checking' ? '图片还在检测中；通过后不再等待，立即发布' : '通过后立即发布，所有人可见',
        note: OPTIONAL_NOTE,
        confirmText: '通过并发布',
        tone: 'green',
      }
    case 'feature':
      return {
        title: '设为精选',
        effect: '精选后出现在「精选」，作者获得精选的成长值和积分奖励',
        note: { ...OPTIONAL_NOTE, placeholder: '如：实拍用心，食用场景清楚' },
        confirmText: '设为精选',
        tone: 'green',
      }
    case 'unfeature':
      return { title: '取消精选', effect: '取消后仍然发布，只是不再出现在「精选」', note: OPTIONAL_NOTE, confirmText: '取消精选', tone: 'berry' }
    default:
      return {
        title: '隐藏晒单',
        effect: '隐藏后只有作者自己看得到；这条晒单获得的成长值和积分会收回',
        note: { label: '隐藏原因（作者会看到）', placeholder: '如：含站外引流信息，请删除联系方式后重新发布', required: true },
        confirmText: '隐藏',
        tone: 'berry',
      }
  }
}

export interface ModerationSheetProps {
  moderation: Moderation
  busy: boolean
  onConfirm: (note: string) => void
  onCancel: () => void
}

/** Confirms 通过 / 恢复发布 / 精选 / 取消精选 / 隐藏; hiding always says why. */
export function ModerationSheet({ moderation, busy, onConfirm, onCancel }: ModerationSheetProps) {
  const { effect, ...copy } = copyFor(moderation)
  const { post } = moderation
  const excerpt = post.text.length > 36 ? post.text.slice(0, 36) + '…' : post.text
  const lines = [`${post.author.nickname || '微信用户'} · ${tierLabel(post.author.tier)}${post.images.length ? ` · ${post.images.length} 张图` : ''}`]
  if (excerpt) lines.push(`「${excerpt}」`)
  lines.push(effect)
  return <NoteSheet {...copy} lines={lines} busy={busy} onConfirm={onConfirm} onCancel={onCancel} />
}
