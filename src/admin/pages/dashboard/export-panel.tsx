import type { ExportKind } from '@shared/api'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { toAppError } from '@/services/app-error'
import { exportCsv } from '@/services/admin-analytics'
import { explainRefusal } from '@/services/privacy-refusal'
import { copyLink, downloadInBrowser, downloadToDevice, sendToChat } from './save-export'

const IS_H5 = process.env.TARO_ENV === 'h5'

const KINDS: { kind: ExportKind; label: string }[] = [
  { kind: 'orders', label: '订单' },
  { kind: 'commissions', label: '佣金' },
  { kind: 'rollups', label: '每日汇总' },
]

interface Done {
  kind: ExportKind
  url: string
  rows: number
  name: string
  filePath?: string
}

/** 导出 CSV: orders, commissions or the daily rollups of the range, as a file to download. */
export function ExportPanel({ from, to }: { from: string; to: string }) {
  const [working, setWorking] = useState<ExportKind | null>(null)
  const [done, setDone] = useState<Done | null>(null)
  const run = async (kind: ExportKind, label: string) => {
    if (working) return
    setWorking(kind)
    try {
      const out = await exportCsv({ kind, from, to })
      const name = `原野生活-${label}-${from}至${to}.csv`
      if (IS_H5) downloadInBrowser(out.url, name)
      const filePath = IS_H5 ? undefined : await downloadToDevice(out.url).catch(() => undefined)
      setDone({ kind, url: out.url, rows: out.rows, name, filePath })
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none' })
    } finally {
      setWorking(null)
    }
  }
  const send = async () => {
    if (!done?.filePath) return
    try {
      await sendToChat(done.filePath, done.name)
    } catch (e) {
      explainRefusal(e, '发送文件')
    }
  }
  const copy = async () => {
    if (!done) return
    try {
      await copyLink(done.url)
      Taro.showToast({ title: '下载链接已复制，在电脑浏览器打开', icon: 'none' })
    } catch (e) {
      explainRefusal(e, '复制链接')
    }
  }
  return (
    <View className='dash-export'>
      <Text className='dash-section__title'>导出 CSV</Text>
      <Text className='dash-export__note'>所选时间段的明细，Excel 可直接打开（金额含元和分两列）</Text>
      <View className='dash-export__buttons'>
        {KINDS.map(({ kind, label }) => (
          <Button key={kind} className='dash-export__button' data-kind={kind} disabled={!!working || undefined} onClick={() => run(kind, label)}>
            {working === kind ? '生成中…' : label}
          </Button>
        ))}
      </View>
      {done ? (
        <View className='dash-export__done' data-export={done.kind}>
          <Text className='dash-export__file'>
            已生成 {done.rows} 行 · {done.name}
          </Text>
          {IS_H5 ? (
            <Text className='dash-export__link' data-url={done.url} onClick={() => downloadInBrowser(done.url, done.name)}>
              没有开始下载？点这里
            </Text>
          ) : (
            <View className='dash-export__actions'>
              {done.filePath ? (
                <Text className='dash-export__link' onClick={send}>
                  发到聊天（文件传输助手）
                </Text>
              ) : null}
              <Text className='dash-export__link' onClick={copy}>
                复制下载链接
              </Text>
            </View>
          )}
        </View>
      ) : null}
    </View>
  )
}
