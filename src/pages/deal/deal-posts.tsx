import { Image, Text, View } from '@tarojs/components'
import type { DealPostPreview } from '@shared/api'
import { Avatar } from '@/components/avatar'
import { Tag } from '@/components/tag'
import { imageSrc } from '@/services/images'
import { openPost, openProductPosts } from '@/routes'
import './deal-posts.scss'

/** 买家晒单: a few published posts about this product (featured first, then newest); each opens its post. */
export function DealPosts({ posts, productId }: { posts: DealPostPreview[]; productId: string }) {
  if (!posts.length) return null
  return (
    <View className='deal-section deal-posts'>
      <View className='deal-section__head'>
        <Text className='deal-section__title'>买家晒单</Text>
        <Text className='deal-section__note deal-posts__all' onClick={() => openProductPosts(productId)}>
          查看全部 ›
        </Text>
      </View>
      {posts.map((p) => (
        <View key={p.postId} className='deal-post' data-post-id={p.postId} onClick={() => openPost(p.postId)}>
          <View className='deal-post__body'>
            <View className='deal-post__author'>
              <Avatar src={p.authorAvatar} name={p.authorNickname} size='sm' />
              <Text className='deal-post__name'>{p.authorNickname}</Text>
              {p.featured ? <Tag tone='amber'>精选</Tag> : null}
            </View>
            <Text className='deal-post__text'>{p.text}</Text>
            <Text className='deal-post__likes'>♥ {p.likes}</Text>
          </View>
          {p.image ? <Image className='deal-post__image' src={imageSrc(p.image)} mode='aspectFill' lazyLoad /> : null}
        </View>
      ))}
    </View>
  )
}
