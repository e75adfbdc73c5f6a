import { NoteSheet } from '@/admin/components/note-sheet'
import { tierLabel } from '@/utils/tier'
import type { Decision } from './use-co-creator-decision'

const COPY = {
  approve: {
    title: '通过共创官申请',
    note: { label: '审核说明（对方会看到）', placeholder: '如：欢迎加入共创官，新品试吃群邀请已私信', required: true },
    confirm: '通过并发放分销码',
    tone: 'green',
  },
  reject: {
    title: '驳回共创官申请',
    note: { label: '驳回原因（对方会看到）', placeholder: '如：多参与几次投票和晒单，再来申请吧', required: true },
    confirm: '驳回',
    tone: 'berry',
  },
  revoke: {
    title: '撤销共创官资格',
    note: { label: '撤销原因（对方会看到）', placeholder: '如：多次在群内刷屏推广，违反共创者公约', required: true },
    confirm: '撤销',
    tone: 'berry',
  },
} as const

export interface DecisionSheetProps {
  decision: Decision
  busy: boolean
  onConfirm: (note: string) => void
  onCancel: () => void
}

/** Confirms 通过 / 驳回 / 撤销, always with a note the member reads. */
export function DecisionSheet({ decision, busy, onConfirm, onCancel }: DecisionSheetProps) {
  const copy = COPY[decision.kind]
  const a = decision.application
  const lines = [`${a.nickname || '微信用户'} · ${tierLabel(a.tier)} · 成长值 ${a.growth}`]
  if (decision.kind === 'approve') lines.push('通过后立即成为共创官，并获得专属分销码')
  if (decision.kind === 'revoke') lines.push('撤销后回到体验官，以共创官身份获得的分销码将暂停')
  return (
    <NoteSheet
      title={copy.title}
      lines={lines}
      note={{ ...copy.note }}
      confirmText={copy.confirm}
      tone={copy.tone}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  )
}
