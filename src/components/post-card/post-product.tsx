import { Image, Text, View } from '@tarojs/components'
import type { ITouchEvent } from '@tarojs/components'
import type { PostView } from '@shared/api'
import { imageSrc } from '@/services/images'

export interface PostProductProps {
  product: NonNullable<PostView['product']>
  onOpenDeal?: (dealId: string) => void
}

/** The product a post shows; a way to its group buy when there is one. */
export function PostProduct({ product, onOpenDeal }: PostProductProps) {
  const dealId = product.dealId
  const canOpen = Boolean(dealId && onOpenDeal)
  const open = (e: ITouchEvent) => {
    if (!canOpen) return
    e.stopPropagation()
    onOpenDeal?.(dealId as string)
  }
  return (
    <View className={`post-product ${canOpen ? 'post-product--link' : ''}`} onClick={open}>
      <Image className='post-product__image' src={imageSrc(product.image)} mode='aspectFill' />
      <Text className='post-product__name'>{product.name}</Text>
      {canOpen ? <Text className='post-product__go'>去拼团 ›</Text> : null}
    </View>
  )
}
