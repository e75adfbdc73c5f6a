import { Button, Text, Textarea, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { POST_IMAGES_MAX, POST_TEXT_MAX, textCounter } from '@/utils/post-draft'
import { ContestBanner } from './contest-banner'
import { EventBanner } from './event-banner'
import { OrderPicker } from './order-picker'
import { PhotoPicker } from '@/components/photo-picker'
import { ReuseConsent } from './reuse-consent'
import { TopicPicker } from './topic-picker'
import { useNewPost } from './use-new-post'
import './index.scss'

/** 发晒单: words, up to nine photos, the order it shows (已购认证), a topic, and consent to reuse. */
export default function NewPostPage() {
  const params = useRouter().params
  const draft = useNewPost(params.orderId, params.contestId, params.eventId)
  const counter = textCounter(draft.text)
  const { photos } = draft
  const uploading = photos.photos.some((p) => p.status === 'uploading')
  const empty = !draft.text.trim() && !photos.photos.length
  return (
    <PageShell className='new-post'>
      <PageHead title='晒晒你的餐桌' note='真实的吃法和心得，最能帮到邻居' />
      {draft.contest ? <ContestBanner contest={draft.contest} /> : null}
      {draft.event ? <EventBanner event={draft.event} tagged={Boolean(draft.eventTagged)} /> : null}
      <View className='new-post__card new-post__card--compose'>
        <Textarea
          className='new-post__text'
          value={draft.text}
          maxlength={POST_TEXT_MAX}
          placeholder='分享你的吃法、口感和小心得，让邻居们也种草一下～'
          placeholderClass='new-post__placeholder'
          onInput={(e) => draft.setText(e.detail.value)}
        />
        <Text className={`new-post__counter ${counter.over ? 'new-post__counter--over' : ''}`}>{counter.label}</Text>
        <PhotoPicker photos={photos.photos} onPick={photos.pick} onRemove={photos.remove} onRetry={photos.retry} max={POST_IMAGES_MAX} />
      </View>

      <View className='new-post__card'>
        <View className='new-post__label-row'>
          <Text className='new-post__label'>关联订单</Text>
          <Text className='new-post__label-note'>选填 · 带「已购认证」标记</Text>
        </View>
        <OrderPicker orders={draft.orders} value={draft.orderId} onChange={draft.setOrderId} />
      </View>

      <View className='new-post__card'>
        <View className='new-post__label-row'>
          <Text className='new-post__label'>{draft.entering ? '活动话题' : '选个话题'}</Text>
          <Text className='new-post__label-note'>{draft.entering ? '参赛作品带上活动话题' : '选填'}</Text>
        </View>
        {draft.entering ? (
          <Text className='topic-picker__chip topic-picker__chip--on topic-picker__chip--fixed'># {draft.entering.topic}</Text>
        ) : (
          <TopicPicker value={draft.topic} onChange={draft.setTopic} contests={draft.openContests} />
        )}
      </View>

      <View className='new-post__card'>
        <ReuseConsent value={draft.allowReuse} onChange={draft.setAllowReuse} />
      </View>

      <Text className='new-post__rules'>发布即表示同意社区公约：真实分享，不发广告和不实信息。内容经安全检测后公开，通过审核的晒单可得成长值。</Text>

      <View className='new-post__bar'>
        <Button className='new-post__submit' disabled={draft.submitting || uploading || empty || undefined} onClick={draft.submit}>
          {draft.submitting ? '发布中…' : uploading ? '图片上传中…' : '发布晒单'}
        </Button>
      </View>
    </PageShell>
  )
}
