import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { PostView } from '@shared/api'
import { LikeButton } from '@/components/post-card'
import { COMMENT_TEXT_MAX } from '@/utils/post-draft'

const CAN_SHARE = process.env.TARO_ENV === 'weapp'

export interface PostBarProps {
  post: PostView
  onLike: () => void
  onDeal: (dealId: string) => void
  onNewPost: () => void
  /** Sends a comment; resolves true when it was taken (the field then empties). */
  onComment: (text: string) => Promise<boolean>
  sending: boolean
}

/**
 * The bar under a post: write a comment, like it, share it (in WeChat), and buy the same
 * or post my own. While a comment is being written the field takes the row and 发送 shows.
 */
export function PostBar({ post, onLike, onDeal, onNewPost, onComment, sending }: PostBarProps) {
  const [text, setText] = useState('')
  const [focused, setFocused] = useState(false)
  const dealId = post.product?.dealId
  const published = post.status === 'published'
  const writing = focused || Boolean(text)
  const send = async () => {
    if (await onComment(text)) {
      setText('')
      setFocused(false)
    }
  }
  return (
    <View className={`post-bar ${writing ? 'post-bar--writing' : ''}`}>
      {published ? (
        <Input
          className='post-bar__input'
          value={text}
          maxlength={COMMENT_TEXT_MAX}
          placeholder='说点什么…'
          confirmType='send'
          onInput={(e) => setText(e.detail.value)}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onConfirm={send}
        />
      ) : (
        <View className='post-bar__spacer' />
      )}
      {writing ? (
        <Button className={`post-bar__send ${text.trim() ? '' : 'post-bar__send--off'}`} disabled={sending || !text.trim() || undefined} onClick={send}>
          {sending ? '发送中' : '发送'}
        </Button>
      ) : (
        <>
          {published ? <LikeButton liked={post.liked} likes={post.likes} onTap={onLike} className='post-bar__like' /> : null}
          {CAN_SHARE && published ? (
            <Button className='post-bar__share' openType='share'>
              分享
            </Button>
          ) : null}
          {dealId ? (
            <Button className='post-bar__cta' onClick={() => onDeal(dealId)}>
              <Text>去拼同款</Text>
            </Button>
          ) : (
            <Button className='post-bar__cta post-bar__cta--soft' onClick={onNewPost}>
              <Text>我也晒一单</Text>
            </Button>
          )}
        </>
      )}
    </View>
  )
}
