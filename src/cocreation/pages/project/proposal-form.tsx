import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ProposalKind, ProposalView } from '@shared/api'
import { PROPOSAL_LABELS } from '@shared/domain/cocreation'
import type { AppError } from '@/services/app-error'
import { submitProposal } from '@/services/cocreation'
import { LIMITS } from '@/utils/cocreation-form'
import { DraftFields } from './draft-fields'
import { useDraft } from './use-draft'

const KINDS = Object.keys(PROPOSAL_LABELS) as ProposalKind[]
const PLACEHOLDER: Record<ProposalKind, string> = {
  recipe: '配方思路：加什么、减什么、为什么，比如加入火麻仁和奇亚籽',
  packaging: '包装想法：可以拍下你的手绘草图',
  supplier: '推荐的供应商：名字、产地、你了解到的品质和价格',
  copy: '文案建议：包装上的一句话、产品故事',
}

export interface ProposalFormProps {
  projectId: string
  gate: (run: () => void) => void
  onPosted: (proposal: ProposalView) => void
  onRefused: (e: AppError) => void
}

/** A co-creator's proposal of one kind, with text and photos. */
export function ProposalForm({ projectId, gate, onPosted, onRefused }: ProposalFormProps) {
  const [kind, setKind] = useState<ProposalKind>('recipe')
  const draft = useDraft(LIMITS.proposal, '方案', 9, onRefused)
  const send = () => gate(() => draft.submit(async (text, images) => onPosted(await submitProposal(projectId, kind, text, images)), '方案已提交'))
  return (
    <View className='contribution-form proposal-form'>
      <Text className='contribution-form__title'>提交方案</Text>
      <View className='proposal-form__kinds'>
        {KINDS.map((k) => (
          <Text key={k} className={`proposal-form__kind proposal-form__kind--${k} ${k === kind ? 'proposal-form__kind--on' : ''}`} onClick={() => setKind(k)}>
            {PROPOSAL_LABELS[k]}
          </Text>
        ))}
      </View>
      <DraftFields draft={draft} block='proposal-form' placeholder={PLACEHOLDER[kind]} max={LIMITS.proposal.max} maxPhotos={9} />
      <Button className='contribution-form__submit proposal-form__submit' disabled={draft.sending || undefined} onClick={send}>
        {draft.sending ? '提交中…' : `提交${PROPOSAL_LABELS[kind]}方案`}
      </Button>
    </View>
  )
}
