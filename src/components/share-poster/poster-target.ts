import { cardPath, GROUP_PAGE, groupPath, HOME_PATH } from '@/utils/page-paths'
import { cardScene, posterScene } from '@/utils/poster-scene'
import type { PosterContent } from './share-poster.shared'

/** Where a poster's code leads: the page, its path with query (h5 QR), and the mini-program code's scene. */
export function posterTarget(content: PosterContent): { page: string; path: string; scene: string } {
  if (content.kind === 'card') return { page: HOME_PATH, path: cardPath(content.code), scene: cardScene(content.code) }
  return { page: GROUP_PAGE, path: groupPath(content.groupId, content.code), scene: posterScene(content.groupId, content.code) }
}

/** The cloud file ids of the pictures a poster shows, in drawing order. */
export function posterImages(content: PosterContent): string[] {
  return content.kind === 'card' ? content.picks.slice(0, 3).map((p) => p.image) : [content.image]
}

/** The line under the sharer's name, by platform: how to open what the code leads to. */
export function posterCodeHint(content: PosterContent, platform: 'h5' | 'weapp'): string {
  if (content.kind === 'card') return platform === 'h5' ? '扫码进入，一起拼好物' : '长按识别小程序码，一起拼'
  return platform === 'h5' ? '扫码或长按识别参团' : '长按识别小程序码参团'
}
