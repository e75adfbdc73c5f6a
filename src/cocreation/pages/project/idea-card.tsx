import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { IdeaView } from '@shared/api'
import { Avatar } from '@/components/avatar'
import { imageSrc } from '@/services/images'
import { formatDate } from '@/utils/format'

export interface IdeaCardProps {
  idea: IdeaView
  /** Upvoting is open (需求征集). */
  canUpvote: boolean
  onUpvote: (ideaId: string) => void
}

/** An idea: who, what, photos, upvotes; an adopted one carries the brand's note. */
export function IdeaCard({ idea, canUpvote, onUpvote }: IdeaCardProps) {
  const urls = idea.images.map(imageSrc)
  return (
    <View className={`idea-card ${idea.adopted ? 'idea-card--adopted' : ''}`} data-idea-id={idea.ideaId}>
      <View className='idea-card__head'>
        <Avatar src={idea.author.avatar} name={idea.author.nickname} size='sm' />
        <Text className='idea-card__author'>{idea.author.nickname}</Text>
        <Text className='idea-card__date'>{formatDate(idea.createdAt)}</Text>
        {idea.adopted ? <Text className='idea-card__badge'>已采纳</Text> : null}
      </View>
      <Text className='idea-card__text'>{idea.text}</Text>
      {urls.length ? (
        <View className='idea-card__photos'>
          {urls.map((src) => (
            <Image key={src} className='idea-card__photo' src={src} mode='aspectFill' onClick={() => Taro.previewImage({ current: src, urls })} />
          ))}
        </View>
      ) : null}
      {idea.adopted && idea.adoptionNote ? <Text className='idea-card__note'>品牌：{idea.adoptionNote}</Text> : null}
      <View className='idea-card__foot'>
        <Text
          className={`idea-card__upvote ${idea.upvoted ? 'idea-card__upvote--on' : ''} ${canUpvote ? '' : 'idea-card__upvote--off'}`}
          data-upvoted={idea.upvoted ? 'true' : 'false'}
          onClick={() => canUpvote && !idea.upvoted && onUpvote(idea.ideaId)}
        >
          {idea.upvoted ? '已赞同' : '赞同'} {idea.upvotes}
        </Text>
      </View>
    </View>
  )
}
