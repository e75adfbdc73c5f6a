import { Button, Text, View } from '@tarojs/components'
import type { AdminPostView } from '@shared/api'
import { Avatar } from '@/components/avatar'
import { Tag } from '@/components/tag'
import { TierBadge } from '@/components/tier-badge'
import { moderationButtons, moderationHistory, moderationStatusChip } from '@/admin/post-moderation'
import { formatDateTime } from '@/utils/format'
import { CheckResults } from './check-results'
import { CheckedPhotos } from './checked-photos'
import type { Moderation } from './use-moderation'

export interface PostCardProps {
  post: AdminPostView
  onModerate: (moderation: Moderation) => void
}

/** One post as the moderator weighs it: who, what, the check's verdicts, past decisions; the actions its status allows. */
export function PostCard({ post, onModerate }: PostCardProps) {
  const chip = moderationStatusChip(post)
  const buttons = moderationButtons(post)
  const history = moderationHistory(post, formatDateTime)
  const name = post.author.nickname || '微信用户'
  return (
    <View className='post-mod' data-post-id={post.postId} data-status={post.status} data-featured={post.featured ? 'yes' : 'no'}>
      <View className='post-mod__head'>
        <Avatar src={post.author.avatar} name={name} />
        <View className='post-mod__who'>
          <View className='post-mod__name-row'>
            <Text className='post-mod__name'>{name}</Text>
            <TierBadge tier={post.author.tier} size='sm' />
          </View>
          <Text className='post-mod__meta'>
            {formatDateTime(post.createdAt)} 发布 · {post.likes} 赞
          </Text>
          <Text className='post-mod__openid'>{post.authorOpenid}</Text>
        </View>
        <Tag tone={chip.tone} className='post-mod__status'>
          {chip.label}
        </Tag>
      </View>
      {post.text ? <Text className='post-mod__text'>{post.text}</Text> : <Text className='post-mod__text post-mod__text--none'>（只有图片）</Text>}
      <CheckedPhotos images={post.images} checks={post.checks.images} />
      <View className='post-mod__facts'>
        {post.verified ? <Tag tone='green'>已购认证</Tag> : null}
        {post.allowReuse ? <Tag tone='green'>允许品牌使用</Tag> : <Tag tone='plain'>未授权品牌使用</Tag>}
        {post.product ? <Text className='post-mod__fact'>商品：{post.product.name}</Text> : null}
        {post.topic ? <Text className='post-mod__fact'>#{post.topic}</Text> : null}
      </View>
      <CheckResults checks={post.checks} />
      {history ? <Text className='post-mod__history'>{history}</Text> : null}
      {buttons.length ? (
        <View className='post-mod__actions'>
          {buttons.map((b) => (
            <Button key={b.action} className={`post-mod__btn post-mod__btn--${b.tone} post-mod__${b.action}`} onClick={() => onModerate({ action: b.action, post })}>
              {b.label}
            </Button>
          ))}
        </View>
      ) : null}
    </View>
  )
}
