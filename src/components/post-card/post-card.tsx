import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import type { PostView } from '@shared/api'
import { Avatar } from '@/components/avatar'
import { Tag } from '@/components/tag'
import { TierBadge } from '@/components/tier-badge'
import { postStatusChip } from '@/utils/post-status'
import { relativeTime } from '@/utils/relative-time'
import { CommentCount } from './comment-count'
import { LikeButton } from './like-button'
import { PostPhotos } from './post-photos'
import { PostProduct } from './post-product'
import './post-card.scss'

export interface PostCardProps {
  post: PostView
  /** Tapping the heart; without it (or while the post is not published) the card shows no like button. */
  onLike?: (post: PostView) => void
  /** Tapping the card (not a photo, the heart or the product). */
  onOpen?: (postId: string) => void
  /** Tapping the product row, with the deal to buy it from. */
  onOpenDeal?: (dealId: string) => void
  /** The whole text (a post's own page) instead of the first lines. */
  full?: boolean
  className?: string
}

/**
 * One 晒单: author and tier, 已购认证, text, photos, topic, the product it shows, its
 * comment count and likes. A post others cannot see carries its status chip and note. `children` go under
 * it (an author's 删除, a moderator's buttons).
 */
export function PostCard({ post, onLike, onOpen, onOpenDeal, full = false, className = '', children }: PropsWithChildren<PostCardProps>) {
  const published = post.status === 'published'
  const chip = published ? null : postStatusChip(post.status)
  // Only a published post can be liked.
  const likeable = Boolean(onLike) && published
  return (
    <View
      className={`post-card ${full ? 'post-card--full' : ''} ${published ? '' : 'post-card--unpublished'} ${className}`}
      data-post-id={post.postId}
      data-status={post.status}
      onClick={onOpen ? () => onOpen(post.postId) : undefined}
    >
      <View className='post-card__head'>
        <Avatar src={post.author.avatar} name={post.author.nickname} size='md' />
        <View className='post-card__who'>
          <View className='post-card__name-row'>
            <Text className='post-card__name'>{post.author.nickname}</Text>
            <TierBadge tier={post.author.tier} size='sm' />
          </View>
          <View className='post-card__meta'>
            <Text className='post-card__time'>{relativeTime(post.createdAt, Date.now())}</Text>
            {post.verified ? (
              <View className='post-card__verified'>
                <Text className='post-card__verified-tick'>✓</Text>
                <Text>已购认证</Text>
              </View>
            ) : null}
          </View>
        </View>
        {chip ? (
          <Tag tone={chip.tone} className='post-card__status'>
            {chip.label}
          </Tag>
        ) : post.featured ? (
          <Text className='post-card__featured'>精选</Text>
        ) : null}
      </View>
      {post.statusNote ? <Text className='post-card__note'>{post.statusNote}</Text> : null}
      {post.text ? (
        <Text className={`post-card__text ${full ? '' : 'post-card__text--clamp'}`} userSelect={full}>
          {post.text}
        </Text>
      ) : null}
      {post.images.length ? <PostPhotos images={post.images} thumbs={post.thumbs} /> : null}
      {post.product ? <PostProduct product={post.product} onOpenDeal={onOpenDeal} /> : null}
      {post.topic || likeable ? (
        <View className='post-card__foot'>
          {post.topic ? <Text className='post-card__topic'># {post.topic}</Text> : <View />}
          {likeable && onLike ? (
            <View className='post-card__counts'>
              <CommentCount comments={post.comments ?? 0} />
              <LikeButton liked={post.liked} likes={post.likes} onTap={() => onLike(post)} />
            </View>
          ) : null}
        </View>
      ) : null}
      {children}
    </View>
  )
}
