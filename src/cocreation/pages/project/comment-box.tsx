import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { CommentView } from '@shared/api'
import { toAppError, type AppError } from '@/services/app-error'
import { commentProposal } from '@/services/cocreation'
import { checkText, LIMITS } from '@/utils/cocreation-form'

export interface CommentBoxProps {
  proposalId: string
  gate: (run: () => void) => void
  onCommented: (comment: CommentView) => void
  onRefused: (e: AppError) => void
}

/** One line to comment on a proposal (co-creators and the brand). */
export function CommentBox({ proposalId, gate, onCommented, onRefused }: CommentBoxProps) {
  const [text, setText] = useState('')
  const [sending, setSending] = useState(false)
  const send = () =>
    gate(async () => {
      const checked = checkText(text, LIMITS.comment.min, LIMITS.comment.max, '评论')
      if (!checked.ok || sending) return
      setSending(true)
      try {
        onCommented(await commentProposal(proposalId, checked.text))
        setText('')
      } catch (e) {
        const error = toAppError(e)
        Taro.showToast({ title: error.message, icon: 'none' })
        onRefused(error)
      } finally {
        setSending(false)
      }
    })
  return (
    <View className='comment-box'>
      <Input
        className='comment-box__input'
        value={text}
        maxlength={LIMITS.comment.max}
        placeholder='说说你的看法'
        confirmType='send'
        onInput={(e) => setText(e.detail.value)}
        onConfirm={send}
      />
      <Text className={`comment-box__send ${text.trim() ? '' : 'comment-box__send--off'}`} onClick={send}>
        {sending ? '…' : '发送'}
      </Text>
    </View>
  )
}
