import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { AppError } from '@/services/app-error'
import { applyToProject } from '@/services/cocreation'
import { LIMITS } from '@/utils/cocreation-form'
import { DraftFields } from './draft-fields'
import { useDraft } from './use-draft'

const EXPERTISE = ['配方', '营养', '烘焙', '健身', '包装设计', '文案', '摄影', '供应链']

export interface ApplyFormProps {
  projectId: string
  gate: (run: () => void) => void
  onApplied: (status: 'pending' | 'selected' | 'declined') => void
  onRefused: (e: AppError) => void
}

/** 申请成为产品共创官: why me, what I am good at, photos of what I made. */
export function ApplyForm({ projectId, gate, onApplied, onRefused }: ApplyFormProps) {
  const draft = useDraft(LIMITS.statement, '申请陈述', 6, onRefused)
  const [expertise, setExpertise] = useState<string[]>([])
  const [tagError, setTagError] = useState('')
  const toggle = (tag: string) => setExpertise((tags) => (tags.includes(tag) ? tags.filter((t) => t !== tag) : tags.length < 5 ? [...tags, tag] : tags))
  const send = () => {
    if (!expertise.length) return setTagError('至少选 1 个擅长领域')
    setTagError('')
    gate(() => draft.submit(async (text, images) => onApplied(await applyToProject(projectId, text, expertise, images)), '申请已提交'))
  }
  return (
    <View className='contribution-form project-apply'>
      <Text className='contribution-form__title'>申请成为产品共创官</Text>
      <Text className='contribution-form__hint'>说说你为什么适合，附上你做过的早餐、测评或设计</Text>
      <View className='project-apply__tags'>
        {EXPERTISE.map((tag) => (
          <Text key={tag} className={`project-apply__tag ${expertise.includes(tag) ? 'project-apply__tag--on' : ''}`} onClick={() => toggle(tag)}>
            {tag}
          </Text>
        ))}
      </View>
      {tagError ? <Text className='draft-fields__error'>{tagError}</Text> : null}
      <DraftFields draft={draft} block='project-apply' placeholder='为什么选你？你平时怎么吃早餐、做过哪些分享' max={LIMITS.statement.max} maxPhotos={6} />
      <Button className='contribution-form__submit project-apply__submit' disabled={draft.sending || undefined} onClick={send}>
        {draft.sending ? '提交中…' : '提交申请'}
      </Button>
    </View>
  )
}
