import { Button, Text, View } from '@tarojs/components'
import Taro, { useLoad, useRouter } from '@tarojs/taro'
import { useCallback } from 'react'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { openMe } from '@/routes'
import { EventFormView } from './event-form-view'
import { useEventEditor } from './use-event-editor'
import './index.scss'

/** 发起活动 / 编辑活动, for the brand and for partner staff. */
export default function EventEditPage() {
  const params = useRouter().params
  const eventId = params.id || undefined
  const onSaved = useCallback(() => {
    setTimeout(() => (Taro.getCurrentPages().length > 1 ? Taro.navigateBack() : openMe()), 600)
  }, [])
  const { state, load, update, save } = useEventEditor(eventId, params.partnerId || undefined, onSaved)
  useLoad(() => {
    Taro.setNavigationBarTitle({ title: eventId ? '编辑活动' : '发起活动' })
    load()
  })

  const cancelEvent = async () => {
    const { confirm } = await Taro.showModal({ title: '取消活动', content: '取消后会员不能再报名，已报名的会员票码失效。确定取消吗？', confirmText: '取消活动', cancelText: '再想想' })
    if (confirm) save('cancelled')
  }

  return (
    <PageShell className='event-edit'>
      <View className='event-edit__head'>
        <Text className='event-edit__title'>{eventId ? '编辑活动' : '发起活动'}</Text>
        <Text className='event-edit__note'>会员在「线下活动」报名，到场出示票码，由店员扫码签到</Text>
      </View>
      {state.status === 'loading' ? (
        <View className='event-form__section skeleton-block event-edit__skeleton' />
      ) : state.status === 'error' ? (
        <StatusView kind={state.error.code === 'FORBIDDEN' ? 'empty' : 'error'} title={state.error.code === 'FORBIDDEN' ? '没有权限' : '加载失败'} message={state.error.message} actionText={state.error.code === 'FORBIDDEN' ? '回到我的' : '重试'} onAction={state.error.code === 'FORBIDDEN' ? openMe : load} />
      ) : (
        <>
          {state.form.status === 'cancelled' ? <Text className='event-edit__cancelled'>这个活动已取消；保存会重新发布</Text> : null}
          <EventFormView form={state.form} errors={state.errors} isAdmin={state.isAdmin} hosts={state.hosts} update={update} />
          {eventId && state.form.status === 'published' ? (
            <Text className='event-edit__cancel' onClick={cancelEvent}>
              取消这个活动
            </Text>
          ) : null}
          <View className='event-edit__bar'>
            <Button className='event-edit__save' disabled={state.saving || undefined} onClick={() => save()}>
              {state.saving ? '保存中…' : eventId ? '保存修改' : '发布活动'}
            </Button>
          </View>
        </>
      )}
    </PageShell>
  )
}
