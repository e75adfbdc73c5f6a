import type { Fen } from '@shared/domain/money'

/** What a group's share poster shows. */
export interface PosterContent {
  groupId: string
  /** The sharer's distribution code, carried by the poster's code. */
  code?: string
  title: string
  /** The product image, a cloud file id. */
  image: string
  groupPriceFen: Fen
  soloPriceFen: Fen | null
  groupSize: number
  /** Paid members the group still needs. */
  membersNeeded: number
  sharerNickname: string
}

/** Something drawImage takes, with its size (an HTML image, or a weapp canvas image). */
export type PosterImage = CanvasImageSource & { width: number; height: number }

/** The code in the corner: the mini-program code image (weapp) or QR modules (h5). */
export type PosterCode = { kind: 'image'; image: PosterImage } | { kind: 'matrix'; modules: boolean[][] } | null

export interface PosterArt {
  product: PosterImage | null
  code: PosterCode
  /** The line under the code: 长按识别小程序码 / 扫码参团. */
  codeHint: string
}

export const POSTER_WIDTH = 600
export const POSTER_HEIGHT = 960
/** Pixels per poster unit in the exported PNG. */
export const POSTER_SCALE = 2
