import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CommentView, ProposalView } from '@shared/api'
import { PROPOSAL_LABELS } from '@shared/domain/cocreation'
import { Avatar } from '@/components/avatar'
import type { AppError } from '@/services/app-error'
import { imageSrc } from '@/services/images'
import { formatDate } from '@/utils/format'
import { CommentBox } from './comment-box'

export interface ProposalCardProps {
  proposal: ProposalView
  canComment: boolean
  gate: (run: () => void) => void
  onCommented: (proposalId: string, comment: CommentView) => void
  onRefused: (e: AppError) => void
}

/** A proposal: its kind, author, text, photos, the brand's adoption and the discussion. */
export function ProposalCard({ proposal, canComment, gate, onCommented, onRefused }: ProposalCardProps) {
  const urls = proposal.images.map(imageSrc)
  return (
    <View className={`proposal-card ${proposal.adopted ? 'proposal-card--adopted' : ''}`} data-proposal-id={proposal.proposalId}>
      <View className='proposal-card__head'>
        <Text className={`proposal-card__kind proposal-card__kind--${proposal.kind}`}>{PROPOSAL_LABELS[proposal.kind]}</Text>
        <Avatar src={proposal.author.avatar} name={proposal.author.nickname} size='sm' />
        <Text className='proposal-card__author'>{proposal.author.nickname}</Text>
        <Text className='proposal-card__date'>{formatDate(proposal.createdAt)}</Text>
        {proposal.adopted ? <Text className='proposal-card__badge'>已采纳</Text> : null}
      </View>
      <Text className='proposal-card__text'>{proposal.text}</Text>
      {urls.length ? (
        <View className='proposal-card__photos'>
          {urls.map((src) => (
            <Image key={src} className='proposal-card__photo' src={src} mode='aspectFill' onClick={() => Taro.previewImage({ current: src, urls })} />
          ))}
        </View>
      ) : null}
      {proposal.comments.length ? (
        <View className='proposal-card__comments'>
          {proposal.comments.map((c) => (
            <Text key={c.commentId} className={`proposal-card__comment ${c.author.isBrand ? 'proposal-card__comment--brand' : ''}`}>
              <Text className='proposal-card__commenter'>{c.author.isBrand ? '品牌' : c.author.nickname}：</Text>
              {c.text}
            </Text>
          ))}
        </View>
      ) : null}
      {canComment ? <CommentBox proposalId={proposal.proposalId} gate={gate} onCommented={(c) => onCommented(proposal.proposalId, c)} onRefused={onRefused} /> : null}
    </View>
  )
}
