import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { AdminError } from '@/admin/components/admin-error'
import { useCategories } from './use-categories'
import './index.scss'

/** 商品分类: the categories shoppers filter the home list by (早餐, 零食, …); a deal picks one in its editor. */
export default function AdminCategoriesPage() {
  const { state, reload, add, rename, moveUp, remove } = useCategories()
  const [name, setName] = useState('')
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null)

  if (state.status === 'error') {
    return (
      <PageShell className='admin-categories'>
        <AdminError error={state.error} onRetry={() => reload()} />
      </PageShell>
    )
  }
  const items = state.status === 'ready' ? state.data.items : []
  return (
    <PageShell className='admin-categories'>
      <PageHead title='商品分类' note='首页按分类筛选拼团；在拼团编辑页为活动选择分类' />
      <View className='admin-categories__add'>
        <Input className='admin-categories__input' placeholder='新分类，如 早餐' maxlength={8} value={name} onInput={(e) => setName(e.detail.value)} />
        <Button
          className='admin-categories__btn admin-categories__create'
          onClick={async () => {
            if (name.trim() && (await add(name.trim()))) setName('')
          }}
        >
          添加
        </Button>
      </View>
      {state.status === 'loading' ? <View className='admin-category skeleton-block' /> : null}
      {state.status === 'ready' && items.length === 0 ? <StatusView kind='empty' title='还没有分类' message='添加第一个分类，首页就会出现分类筛选' /> : null}
      {items.map((c, i) => (
        <View key={c.categoryId} className='admin-category' data-name={c.name}>
          {editing?.id === c.categoryId ? (
            <Input className='admin-categories__input' value={editing.name} maxlength={8} focus onInput={(e) => setEditing({ id: c.categoryId, name: e.detail.value })} />
          ) : (
            <Text className='admin-category__name'>{c.name}</Text>
          )}
          {editing?.id === c.categoryId ? (
            <Text
              className='admin-category__link'
              onClick={async () => {
                if (await rename(c, editing.name.trim())) setEditing(null)
              }}
            >
              保存
            </Text>
          ) : (
            <Text className='admin-category__link' onClick={() => setEditing({ id: c.categoryId, name: c.name })}>
              改名
            </Text>
          )}
          {i > 0 ? (
            <Text className='admin-category__link' onClick={() => moveUp(items, i)}>
              上移
            </Text>
          ) : null}
          <Text className='admin-category__link admin-category__link--danger' onClick={() => remove(c)}>
            删除
          </Text>
        </View>
      ))}
    </PageShell>
  )
}
