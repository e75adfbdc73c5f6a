import { Button, Canvas, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { track } from '@/services/analytics'
import { apiFailureOf, explainRefusal } from '@/services/privacy-refusal'
import { GROUP_PAGE, LEADER_PATH } from '@/utils/page-paths'
import type { PosterContent } from './share-poster.shared'
import './share-poster.scss'

const IS_H5 = process.env.TARO_ENV === 'h5'

// Each platform draws and saves its own way; the constant condition keeps the other one
// (and the h5-only QR encoder) out of the bundle.
const renderer: {
  renderPoster(content: PosterContent): Promise<string>
  savePoster(src: string): Promise<void>
  POSTER_CANVAS_ID?: string
} = process.env.TARO_ENV === 'h5' ? require('./render-h5') : require('./render-weapp')

export interface SharePosterProps {
  content: PosterContent
  onClose: () => void
}

function posterHint(content: PosterContent): string {
  const what = content.kind === 'card' ? '一起拼' : '参团'
  return IS_H5 ? `手机上长按图片也可保存，发给好友扫码${what}` : `保存后发到朋友圈或群聊，好友长按识别即可${what}`
}

type PosterState = { status: 'drawing' } | { status: 'ready'; src: string } | { status: 'failed' }

/** A full-screen overlay with a share poster (a group's, or a leader's card), drawn on a canvas, and a way to save it. */
export function SharePoster({ content, onClose }: SharePosterProps) {
  const [state, setState] = useState<PosterState>({ status: 'drawing' })

  const draw = useCallback(() => {
    setState({ status: 'drawing' })
    renderer
      .renderPoster(content)
      .then((src) => setState({ status: 'ready', src }))
      .catch(() => setState({ status: 'failed' }))
    // The poster is drawn once per opening; the content does not change while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    const timer = setTimeout(draw, 0)
    return () => clearTimeout(timer)
  }, [draw])

  const save = async () => {
    if (state.status !== 'ready') return
    try {
      await renderer.savePoster(state.src)
      Taro.showToast({ title: IS_H5 ? '已下载海报' : '已保存到相册', icon: 'success' })
      track('share_poster', { code: content.code, page: content.kind === 'card' ? LEADER_PATH : GROUP_PAGE })
    } catch (error) {
      if (explainRefusal(error, '保存海报到相册') || apiFailureOf(error) === 'cancelled') return
      Taro.showToast({ title: '保存失败，请稍后再试', icon: 'none' })
    }
  }

  return (
    <View className='share-poster' catchMove>
      <View className='share-poster__mask' onClick={onClose} />
      <View className='share-poster__body'>
        {state.status === 'ready' ? (
          <Image className='share-poster__image' src={state.src} mode='aspectFit' showMenuByLongpress />
        ) : (
          <View className='share-poster__placeholder'>
            <Text className='share-poster__status'>{state.status === 'drawing' ? '海报生成中…' : '海报生成失败'}</Text>
            {state.status === 'failed' ? (
              <Text className='share-poster__retry' onClick={draw}>
                重试
              </Text>
            ) : null}
          </View>
        )}
        <View className='share-poster__actions'>
          <Button className={`share-poster__save ${state.status === 'ready' ? '' : 'share-poster__save--off'}`} disabled={state.status !== 'ready' || undefined} onClick={save}>
            保存图片
          </Button>
          <Text className='share-poster__close' onClick={onClose}>
            关闭
          </Text>
        </View>
        <Text className='share-poster__hint'>{posterHint(content)}</Text>
      </View>
      {renderer.POSTER_CANVAS_ID ? (
        <Canvas type='2d' id={renderer.POSTER_CANVAS_ID} className='share-poster__canvas' />
      ) : null}
    </View>
  )
}
