import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { PartnerInfo } from '@/components/partner-info'
import { StatusView } from '@/components/status-view'
import { openEvents, openNewEventPost } from '@/routes'
import { signupAction } from '@/utils/event-status'
import { EventHead } from './event-head'
import { EventPeople } from './event-people'
import { EventPosts } from './event-posts'
import { EventTicket } from './event-ticket'
import { useEvent } from './use-event'
import './index.scss'

/** 线下活动: what, when and where, who is going, my ticket or waitlist place, and afterwards its 晒单. */
export default function EventPage() {
  const eventId = useRouter().params.id
  const { state, reload, busy, join, cancel } = useEvent(eventId)

  if (state.status === 'loading') {
    return (
      <PageShell className='event-page'>
        <View className='event-head__cover skeleton-block' />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    return (
      <PageShell className='event-page'>
        {state.error.code === 'NOT_FOUND' ? (
          <StatusView kind='empty' title='这个活动找不到了' message={state.error.message} actionText='看看其他活动' onAction={openEvents} />
        ) : (
          <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => reload()} />
        )}
      </PageShell>
    )
  }
  const e = state.data
  const action = signupAction(e)
  return (
    <PageShell className='event-page'>
      <EventHead event={e} now={Date.now()} />
      <EventTicket event={e} />
      <EventPeople event={e} />
      {e.description ? (
        <View className='event-section'>
          <View className='event-section__head'>
            <Text className='event-section__title'>活动介绍</Text>
          </View>
          <Text className='event-section__text'>{e.description}</Text>
        </View>
      ) : null}
      {e.partner ? (
        <View className='event-section'>
          <View className='event-section__head'>
            <Text className='event-section__title'>主办门店</Text>
          </View>
          <PartnerInfo partner={e.partner} />
        </View>
      ) : null}
      <EventPosts event={e} />
      <View className={`event-bar ${action.kind === 'blocked' ? 'event-bar--blocked' : ''}`}>
        {action.kind === 'none' ? (
          <Text className='event-bar__note'>{action.label}</Text>
        ) : action.kind === 'blocked' ? (
          <>
            <Text className='event-bar__reason'>{action.reason}</Text>
            <Button className='event-bar__button event-bar__button--blocked' disabled>
              {action.label}
            </Button>
          </>
        ) : (
          <Button
            className={`event-bar__button event-bar__button--${action.kind}`}
            disabled={busy || undefined}
            onClick={action.kind === 'sign_up' ? join : action.kind === 'cancel' ? cancel : () => openNewEventPost(e.eventId)}
          >
            {busy ? '请稍候…' : action.label}
          </Button>
        )}
      </View>
    </PageShell>
  )
}
