import { Button, Text, View } from '@tarojs/components'
import Taro, { useLoad, useRouter } from '@tarojs/taro'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { AdminError } from '@/admin/components/admin-error'
import { DealFormView } from './deal-form-view'
import { useDealEditor } from './use-deal-editor'
import './index.scss'

export default function DealEditPage() {
  const dealId = useRouter().params.id || undefined
  const { state, load, update, save } = useDealEditor(dealId)

  useLoad(() => {
    if (!dealId) Taro.setNavigationBarTitle({ title: '新建拼团活动' })
    load()
  })

  if (state.status === 'loading') {
    return (
      <PageShell className='deal-edit'>
        <View className='deal-form__section skeleton-block deal-edit__skeleton' />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    return (
      <PageShell className='deal-edit'>
        <AdminError error={state.error} onRetry={load} />
      </PageShell>
    )
  }
  return (
    <PageShell className='deal-edit'>
      <PageHead title={dealId ? '编辑拼团活动' : '新建拼团活动'} note='价格按元填写，最多两位小数；时间为北京时间' />
      {state.blockers.length ? (
        <Text className='deal-edit__blocked'>还不能上架：请先填写{state.blockers.map((b) => b.message).join('、')}，保存后再上架</Text>
      ) : null}
      <DealFormView form={state.form} errors={state.errors} update={update} categories={state.categories} />
      <View className='deal-edit__bar'>
        <Button className='deal-edit__save' disabled={state.saving || undefined} onClick={save}>
          {state.saving ? '保存中…' : dealId ? '保存修改' : '创建活动'}
        </Button>
      </View>
    </PageShell>
  )
}
