import { Button, Text, View } from '@tarojs/components'
import type { IdeaView } from '@shared/api'
import type { AppError } from '@/services/app-error'
import { submitIdea } from '@/services/cocreation'
import { LIMITS } from '@/utils/cocreation-form'
import { DraftFields } from './draft-fields'
import { useDraft } from './use-draft'

export interface IdeaFormProps {
  projectId: string
  question: string
  gate: (run: () => void) => void
  onPosted: (idea: IdeaView) => void
  onRefused: (e: AppError) => void
}

/** 说出你的想法: text and up to 6 photos, after the rules were accepted. */
export function IdeaForm({ projectId, question, gate, onPosted, onRefused }: IdeaFormProps) {
  const draft = useDraft(LIMITS.idea, '想法', 6, onRefused)
  const send = () => gate(() => draft.submit(async (text, images) => onPosted(await submitIdea(projectId, text, images)), '想法已发布'))
  return (
    <View className='contribution-form idea-form'>
      <Text className='contribution-form__title'>说出你的想法</Text>
      <DraftFields draft={draft} block='idea-form' placeholder={`围绕「${question}」：你现在怎么吃、最想改掉什么、希望加点什么`} max={LIMITS.idea.max} maxPhotos={6} />
      <Button className='contribution-form__submit idea-form__submit' disabled={draft.sending || undefined} onClick={send}>
        {draft.sending ? '发布中…' : '发布想法'}
      </Button>
    </View>
  )
}
